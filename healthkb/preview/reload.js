// healthkb preview only: reload the page when the site was rebuilt.
// The server holds each request until the next build (long polling), so the page
// reloads as soon as its new version is written, without polling in a loop.
(function () {
  var tag = document.currentScript;
  var seen = tag ? Number(tag.dataset.generation) : null;
  function poll() {
    var url = "/__preview__/state" + (seen === null ? "" : "?after=" + seen);
    fetch(url, { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (seen !== null && s.generation !== seen) { location.reload(); return; }
        seen = s.generation;
        poll(); // no timer: a background tab's timers are slowed down
      })
      .catch(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
