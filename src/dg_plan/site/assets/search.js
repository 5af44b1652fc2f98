/* dg_plan static site: search over the task texts, in the browser.
 *
 * The index is a script (search-index.js) that sets window.dgPlanTasks, so the
 * search works from file:// without fetch or XHR. Each entry is
 * [number, text, folded text or null, deadline, href]; the folded text is the
 * text as dg_plan's own search compares it (NFKC, case folded), given only
 * where it differs from the text. A task matches when its folded text holds
 * every term of the query; hits are ranked by how many matches they have,
 * most first, then by task number, as Plan.search ranks them.
 */
(function () {
  "use strict";

  function fold(text) {
    return text.normalize("NFKC").toLowerCase();
  }

  function termsOf(query) {
    var seen = {};
    var terms = [];
    query.split(/\s+/).forEach(function (word) {
      var term = fold(word);
      if (term && !Object.prototype.hasOwnProperty.call(seen, term)) {
        seen[term] = true;
        terms.push(term);
      }
    });
    return terms;
  }

  function count(haystack, needle) {
    var n = 0;
    var at = haystack.indexOf(needle);
    while (at !== -1) {
      n += 1;
      at = haystack.indexOf(needle, at + needle.length);
    }
    return n;
  }

  function search(tasks, terms) {
    var hits = [];
    tasks.forEach(function (entry) {
      var folded = entry[2] === null ? entry[1] : entry[2];
      var matches = 0;
      for (var i = 0; i < terms.length; i += 1) {
        var n = count(folded, terms[i]);
        if (n === 0) {
          return;
        }
        matches += n;
      }
      hits.push({ entry: entry, matches: matches });
    });
    hits.sort(function (a, b) {
      return b.matches - a.matches || a.entry[0] - b.entry[0];
    });
    return hits;
  }

  function show(form, results, status, tasks) {
    var query = form.value;
    var terms = termsOf(query);
    while (results.firstChild) {
      results.removeChild(results.firstChild);
    }
    if (terms.length === 0) {
      status.textContent = "";
      return;
    }
    var hits = search(tasks, terms);
    var words = status.dataset;
    status.textContent = hits.length === 0
      ? words.none
      : words.found.replace("{count}", String(hits.length));
    hits.forEach(function (hit) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = hit.entry[4];
      link.textContent = words.task.replace("{number}", String(hit.entry[0]));
      item.appendChild(link);
      var due = document.createElement("span");
      due.className = "due";
      due.textContent = hit.entry[3];
      item.appendChild(document.createTextNode(words.gap || " "));
      item.appendChild(due);
      var text = document.createElement("p");
      text.lang = "zh-CN";
      text.textContent = hit.entry[1];
      item.appendChild(text);
      results.appendChild(item);
    });
  }

  function start() {
    var input = document.getElementById("q");
    var results = document.getElementById("results");
    var status = document.getElementById("search-status");
    var tasks = window.dgPlanTasks;
    if (!input || !results || !status || !Array.isArray(tasks)) {
      return;
    }
    var given = new URLSearchParams(window.location.search).get("q");
    if (given) {
      input.value = given;
    }
    input.addEventListener("input", function () {
      show(input, results, status, tasks);
    });
    input.form.addEventListener("submit", function (event) {
      event.preventDefault();
      show(input, results, status, tasks);
    });
    show(input, results, status, tasks);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
