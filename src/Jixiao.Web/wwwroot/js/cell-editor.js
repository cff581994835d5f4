// The in-place cell editor (TargetTable.razor): Enter saves, which the Blazor handler does, so the browser must not
// also put a line break into the text. Shift+Enter is a line break only in long-text fields (data-multiline=true);
// in short fields (指标值, 度量单位, 权重 …) it is ignored. While an input method is composing (拼音), Enter picks
// the candidate and is left to the input method.
document.addEventListener('keydown', function (e) {
    var t = e.target;
    if (!(t instanceof HTMLTextAreaElement) || !t.classList.contains('cell-editor')) return;
    if (e.key !== 'Enter' || e.isComposing || e.keyCode === 229) return;
    if (e.shiftKey && t.dataset.multiline === 'true') return;
    e.preventDefault();
}, true);
