// Starts highlight.js on the page's code blocks. A file rather than an inline script, so a site
// served with a strict Content-Security-Policy (script-src 'self') still gets highlighting.
// Loaded with defer after highlight.js itself; works with highlight.js 9 (Debian's
// libjs-highlight.js) as well as 10 and 11.
(function () {
    'use strict';
    var hljs = window.hljs;
    if (!hljs)
        return;
    if (typeof hljs.highlightAll === 'function')
        hljs.highlightAll();
    else if (typeof hljs.initHighlightingOnLoad === 'function')
        hljs.initHighlightingOnLoad();
})();
