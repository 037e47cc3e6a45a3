// Selecting words in the article text fills the span inputs with their offsets.
// Offsets count Unicode code points, as Python indexes the stored text; the server
// re-reads the words from its own copy, so these are only a pointer into it.
(function () {
  "use strict";
  const text = document.querySelector("[data-selectable]") || document.querySelector(".article-text");
  const form = document.querySelector("[data-span]") && document.querySelector("[data-span]").form;
  if (!text || !form) return;
  const lengthHolder = document.querySelector("[data-text-length]");
  const codePoints = (s) => Array.from(s).length;
  // The page must show the text exactly as stored, or the offsets would point elsewhere.
  if (lengthHolder && codePoints(text.textContent) !== Number(lengthHolder.dataset.textLength)) return;
  const start = form.querySelector('[data-span="start"]');
  const end = form.querySelector('[data-span="end"]');
  const preview = form.querySelector("[data-selection-preview]");

  function offset(node, at) {
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(node, at);
    return codePoints(range.toString());
  }

  document.addEventListener("selectionchange", function () {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) return;
    start.value = offset(range.startContainer, range.startOffset);
    end.value = offset(range.endContainer, range.endOffset);
    if (preview) preview.textContent = "Selected: “" + range.toString() + "”";
  });
})();
