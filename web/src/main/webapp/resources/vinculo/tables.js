/*
 * On narrow screens a wide table scrolls sideways inside its box (vinculo.css). A box that
 * scrolls must be reachable by keyboard (WCAG 2.1.1), so a table that overflows becomes a tab
 * stop, and stops being one when the window grows and it fits again.
 *
 * PrimeFaces renders each paginator as an unnamed navigation landmark: a page with two paginated
 * tables (the proposals page: calls and proposals) has two landmarks nobody can tell apart. Each
 * is named after the heading above its table ("Convocatorias: páginas").
 */
(function () {
    var PAGES = (document.documentElement.lang || 'es').indexOf('en') === 0 ? 'pages' : 'páginas';

    function headingBefore(el) {
        for (var node = el; node && node !== document.body; node = node.parentElement) {
            for (var prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
                var h = /^H[1-3]$/.test(prev.tagName) ? prev : prev.querySelector('h1, h2, h3');
                if (h) { return h.textContent.trim(); }
            }
        }
        return '';
    }

    function name() {
        document.querySelectorAll('.ui-paginator[role="navigation"]:not([aria-label])').forEach(function (nav) {
            var title = headingBefore(nav.closest('.ui-datatable, .ui-datalist, .ui-datagrid, form') || nav);
            nav.setAttribute('aria-label', title ? title + ': ' + PAGES : PAGES);
        });
    }

    function mark() {
        name();
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
