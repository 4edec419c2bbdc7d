// The customer pages' only JavaScript (≈ 0.5 kB), inline with the request's CSP nonce. Each
// status block is server-rendered and readable without it: `[data-live]` carries its state and,
// while that state may still change, the public status URL to ask (`data-poll`), how often
// (`data-every`, ms) and for how long (`data-give-up`, ms). The script
// 1. swaps in the status checked with LigdiCash, streamed after the page as `<template id="checked">`;
// 2. asks the status URL; when the state differs, it fetches this same page and swaps its status
//    block in: the words and buttons always come from the server, in the reader's language.
// The block sits in an `aria-live` region, so the change is read out.
export const LIVE_SCRIPT = `(function () {
  var started = Date.now();
  function current() { return document.querySelector("[data-live]"); }
  function swap(fresh) {
    var block = current();
    if (block && fresh) block.replaceWith(document.importNode(fresh, true));
  }
  function checkedIn(page) {
    var template = page.getElementById("checked");
    return template && template.content.querySelector("[data-live]");
  }
  function failed(on) {
    var note = document.querySelector("[data-live-error]");
    if (note) note.hidden = !on;
  }
  swap(checkedIn(document));
  function ask() {
    var block = current();
    var url = block && block.getAttribute("data-poll");
    if (!url || Date.now() - started > Number(block.getAttribute("data-give-up"))) return;
    fetch(url, { cache: "no-store" })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(function (body) {
        failed(false);
        if ((body.status || body.state) === block.getAttribute("data-state")) return;
        return fetch(location.href, { cache: "no-store" })
          .then(function (response) { return response.text(); })
          .then(function (text) {
            var page = new DOMParser().parseFromString(text, "text/html");
            swap(checkedIn(page) || page.querySelector("[data-live]"));
          });
      })
      .catch(function () { failed(true); })
      .then(function () { setTimeout(ask, Number(block.getAttribute("data-every"))); });
  }
  var first = current();
  if (first && first.getAttribute("data-poll")) setTimeout(ask, Number(first.getAttribute("data-every")));
})();`.replace(/\n\s*/g, "");
