// Typesets the page's math with KaTeX: Postwright writes $…$ as <span class="math math-inline">
// and $$…$$ as <div class="math math-display">, each holding the TeX as text. A file rather than
// an inline script, so a strict Content-Security-Policy (script-src 'self') still works. Loaded
// with defer after katex.min.js, only on pages that have math.
(function () {
    'use strict';
    var katex = window.katex;
    if (!katex)
        return; // KaTeX did not load: the TeX stays readable as it is
    var elements = document.querySelectorAll('.math.math-inline, .math.math-display');
    for (var i = 0; i < elements.length; ++i) {
        var element = elements[i];
        try {
            katex.render(element.textContent, element, {
                displayMode: element.classList.contains('math-display'),
                throwOnError: false
            });
        } catch (e) {
            // throwOnError: false shows TeX errors in place; anything else leaves the TeX as text
        }
    }
})();
