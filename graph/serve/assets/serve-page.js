// The query page: Oxigraph's bundled YASGUI pointed at this server, opening a
// research query when the URL names one (/?library=NAME, added by /queries).
(function () {
  "use strict";
  var endpoint = window.location.origin + "/sparql";
  document.getElementById("ph-endpoint").textContent = endpoint;

  // prefix.cc and LOV completions fetch from the internet: keep only the
  // variable-name completer so the page never reaches outside this server.
  Yasqe.defaults.autocompleters = ["variables"];

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    populateFromUrl: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] }
  });
  window.phoihopYasgui = yasgui;

  function say(text) {
    var box = document.getElementById("ph-message");
    box.textContent = text;
    box.hidden = false;
  }

  var params = new URLSearchParams(window.location.search);
  var name = params.get("library");
  if (!name) {
    return;
  }
  fetch("/queries/" + encodeURIComponent(name) + ".rq")
    .then(function (response) {
      if (!response.ok) {
        return response.text().then(function (text) { throw new Error(text); });
      }
      return response.text();
    })
    .then(function (text) {
      // a tab of its own, so the user's other tabs are left as they were
      yasgui.addTab(true, { name: name, yasqe: { value: text },
                            requestConfig: { endpoint: endpoint, method: "POST" } });
      var tab = yasgui.getTab();
      tab.setQuery(text);
      document.body.setAttribute("data-library-query", name);
      if (params.get("run") === "1") {
        tab.query();
      }
    })
    .catch(function (err) { say("Could not open research query '" + name + "': " + err.message); });
})();
