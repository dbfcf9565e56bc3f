// healthkb preview only: reload the page when the site was rebuilt.
(function () {
  var tag = document.currentScript;
  var seen = tag ? Number(tag.dataset.generation) : null;
  function poll() {
    fetch("/__preview__/state", { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (seen !== null && s.generation !== seen) { location.reload(); return; }
        seen = s.generation;
        setTimeout(poll, 200);
      })
      .catch(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
