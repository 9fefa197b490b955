/*
 * On narrow screens a wide table scrolls sideways inside its box (vinculo.css). A box that
 * scrolls must be reachable by keyboard (WCAG 2.1.1), so a table that overflows becomes a tab
 * stop, and stops being one when the window grows and it fits again.
 */
(function () {
    function mark() {
        document.querySelectorAll('main table, main .ui-datatable').forEach(function (box) {
            if (box.scrollWidth > box.clientWidth + 1) {
                box.setAttribute('tabindex', '0');
            } else if (box.getAttribute('tabindex') === '0') {
                box.removeAttribute('tabindex');
            }
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', mark);
    } else {
        mark();
    }
    window.addEventListener('resize', mark);
    // Tables replaced by an Ajax update are checked again (PrimeFaces' jQuery event).
    if (window.jQuery) { jQuery(document).on('pfAjaxComplete', mark); }
})();
