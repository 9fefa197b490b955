// PrimeFaces' rich-text editor copies what a person typed into its form field only when the editor
// loses focus; a form sent straight from the keyboard (or before that focus change lands) would lose
// the text. Every form submission copies each editor's content first. (An external file: the
// Content-Security-Policy refuses inline scripts.)
document.addEventListener('submit', function () {
  if (!window.PrimeFaces || !PrimeFaces.widgets) {
    return;
  }
  Object.keys(PrimeFaces.widgets).forEach(function (name) {
    var w = PrimeFaces.widgets[name];
    if (w && w.editor && w.input && typeof w.getEditorValue === 'function') {
      w.input.val(w.getEditorValue());
    }
  });
}, true);
