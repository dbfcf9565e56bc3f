/* healthkb: the search page's results from Pagefind's chunked index.
   The markup is Sphinx's own (#search-results: an h2, p.search-summary, ul.search of
   li > a + p.context), so the theme's styles and the site's tests apply to both
   search backends. Only the index chunks a query needs are downloaded, and the page
   fragments of the results shown (PAGE_SIZE at a time). Text from the index is put
   into the page as text, never as HTML. */
"use strict";
(() => {
  const PAGE_SIZE = 10;
  const out = document.getElementById("search-results");
  if (!out || !out.dataset.bundle) return;
  const query = (new URLSearchParams(window.location.search).get("q") || "").trim();
  const input = document.getElementById("hk-search-input");
  if (input) input.value = query;
  if (!query) return;

  const bundle = out.dataset.bundle; // "pagefind/", relative to this page
  const root = bundle.slice(0, bundle.length - "pagefind/".length);
  const make = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  // Pagefind's excerpts are escaped text with <mark> around the matched words
  const decode = (html) => {
    const area = document.createElement("textarea");
    area.innerHTML = html;
    return area.value;
  };
  const excerpt = (html) => {
    const context = make("p", "context");
    html.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((part) => {
      const marked = part.match(/^<mark>([\s\S]*)<\/mark>$/);
      if (marked) context.append(make("mark", "", decode(marked[1])));
      else if (part) context.append(document.createTextNode(decode(part)));
    });
    return context;
  };
  const item = (data) => {
    const li = make("li", "kind-text");
    const link = make("a", "", (data.meta && data.meta.title) || data.url);
    link.href = root + data.url.replace(/^\//, "");
    li.append(link);
    if (data.excerpt) li.append(excerpt(data.excerpt));
    return li;
  };

  const title = out.appendChild(make("h2", "", "Searching"));
  const summary = out.appendChild(make("p", "search-summary", "Preparing search..."));
  summary.setAttribute("role", "status");
  const list = out.appendChild(make("ul", "search"));
  list.setAttribute("role", "list");
  const more = make("button", "hk-search-more", "Show more results");
  more.type = "button";

  const finish = (count) => {
    title.textContent = "Search Results";
    summary.textContent =
      count === 0
        ? "Your search did not match any pages. Check the spelling, or try fewer or other words."
        : count === 1
          ? "Search finished, found one page matching the search query."
          : `Search finished, found ${count} pages matching the search query.`;
  };

  const run = async () => {
    const pagefind = await import(new URL(bundle + "pagefind.js", document.baseURI).href);
    // the main thread, under this page's Content-Security-Policy (which allows
    // WebAssembly), rather than a worker, whose policy is whatever its server sends
    await pagefind.options({ baseUrl: "/", noWorker: true });
    const found = await pagefind.search(query);
    const results = (found && found.results) || [];
    let shown = 0;
    const showNext = async () => {
      const next = results.slice(shown, shown + PAGE_SIZE);
      const items = (await Promise.all(next.map((r) => r.data()))).map(item);
      list.append(...items);
      shown += next.length;
      if (shown < results.length) out.append(more);
      else more.remove();
      return items;
    };
    more.addEventListener("click", async () => {
      more.disabled = true;
      const items = await showNext();
      more.disabled = false;
      if (items.length) items[0].querySelector("a").focus();
    });
    await showNext();
    finish(results.length);
  };
  run().catch((error) => {
    title.textContent = "Search Results";
    summary.textContent =
      window.location.protocol === "file:"
        ? "Search works only when the site is served by a web server, not from files on disk."
        : "Search could not run in this browser. Please try another browser.";
    console.error("healthkb search:", error);
  });
})();
