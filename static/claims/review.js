// Review queue: keyboard shortcuts. (Answers that explain a refusal, 409 and 400, are swapped in
// by the htmx-config in base.html, on every page.)
"use strict";

(() => {
  const cards = () => Array.from(document.querySelectorAll("[data-card]"));
  let current = null;

  const focusCard = (card) => {
    if (!card) return;
    current = card;
    card.focus();
    card.scrollIntoView({ block: "nearest" });
  };

  // A swapped card replaces the focused one: keep the place in the queue.
  document.addEventListener("htmx:afterSwap", (event) => {
    const card = event.detail.target.id && document.getElementById(event.detail.target.id);
    if (current && !current.isConnected && card && card.matches("[data-card]")) focusCard(card);
  });

  const move = (step) => {
    const all = cards();
    if (!all.length) return;
    const at = all.indexOf(current && current.isConnected ? current : null);
    focusCard(all[Math.min(Math.max(at + step, 0), all.length - 1)] || all[0]);
  };

  const typing = (target) => target.closest("input, textarea, select, [contenteditable]") !== null;

  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (typing(event.target)) {
      if (event.key === "Escape") event.target.blur();
      return;
    }
    const card = current && current.isConnected ? current : null;
    const press = (selector) => {
      const button = card && card.querySelector(selector);
      if (button) button.click();
    };
    switch (event.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "c": press("[data-confirm]"); break;
      case "r": {
        const reason = card && card.querySelector("[data-reason]");
        if (reason) reason.focus();
        break;
      }
      case "u": {
        const undo = document.querySelector("[data-undo-last]");
        if (undo) undo.click();
        break;
      }
      default: return;
    }
    event.preventDefault();
  });
})();
