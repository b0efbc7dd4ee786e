// Postwright preview shell: receives the rendered article over the QWebChannel and patches the
// page in place, so typing never reloads it, the scroll position stays, and blocks that did not
// change (images included) are not touched. Code blocks are highlighted by the same highlight.js
// as the published site, each when it is new or changed.
'use strict';

(function () {
    // Tests read this to prove the page was never reloaded.
    const shell = {
        loadId: Date.now().toString(36) + '-' + Math.random().toString(36).slice(2),
        revision: 0,
        patches: 0,
        replaced: 0,
        removedUnsafe: 0,
        frames: 0,
        frame: null,
        scrollRequests: 0,
    };
    window.postwrightShell = shell;

    let bridge = null;
    let scrollResetRevision = 0;
    let documentBase = ''; // postwright-blog://source/<post folder>/

    // --- Images ------------------------------------------------------------------------------
    // Images beside the post load through the application's postwright-blog: scheme (the page
    // has no file access); site-absolute paths come from the blog's static/ folder. Remote
    // images are not loaded at all: the preview makes no network requests.
    function resolveImageUrl(src) {
        if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src))
            return null;
        if (src.startsWith('/'))
            return 'postwright-blog://site' + src;
        if (!documentBase)
            return null;
        try {
            return new URL(src, documentBase).href;
        } catch (error) {
            return null;
        }
    }

    // A visible placeholder that says which path is missing, instead of a broken-image icon.
    function markBroken(image, reason) {
        if (!image.isConnected && !image.parentNode)
            return;
        const placeholder = document.createElement('span');
        placeholder.className = 'broken-image';
        placeholder.setAttribute('role', 'img');
        placeholder.setAttribute('aria-label', image.getAttribute('alt') || reason);
        placeholder.textContent = reason;
        image.replaceWith(placeholder);
    }

    function resolveImages(root) {
        root.querySelectorAll('img').forEach((image) => {
            const src = image.getAttribute('src') || '';
            if (src.startsWith('data:'))
                return;
            if (/^(https?:)?\/\//i.test(src)) {
                const placeholder = document.createElement('span');
                placeholder.className = 'broken-image';
                placeholder.title = 'Remote images are not loaded in the preview';
                placeholder.textContent = src;
                image.replaceWith(placeholder);
                return;
            }
            const url = resolveImageUrl(src);
            if (url) {
                image.setAttribute('src', url);
                image.addEventListener('error', () => markBroken(image, 'Image not found: ' + src), {once: true});
            } else {
                image.removeAttribute('src');
                markBroken(image, 'Image not found: ' + src);
            }
        });
    }

    // --- Defence in depth --------------------------------------------------------------------
    // The renderer already runs cmark-gfm in safe mode, and the CSP blocks inline script. This
    // page still refuses to insert anything active, in case either of those ever changes.
    const unsafeElements = 'script, iframe, frame, frameset, object, embed, applet, base, link, meta, '
        + 'style, form, button, textarea, select, template, noscript, portal, dialog';
    const urlAttributes = ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'background',
        'xlink:href', 'cite', 'data', 'ping'];

    function isSafeUrl(name, value, element) {
        const url = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (url.startsWith('javascript:') || url.startsWith('vbscript:') || url.startsWith('file:'))
            return false;
        if (url.startsWith('data:'))
            return name === 'src' && element.localName === 'img' && url.startsWith('data:image/')
                && !url.startsWith('data:image/svg');
        return true;
    }

    function sanitize(root) {
        root.querySelectorAll(unsafeElements).forEach((element) => {
            element.remove();
            shell.removedUnsafe++;
        });
        root.querySelectorAll('input').forEach((input) => {
            // GFM task lists render disabled checkboxes; nothing else may be an input.
            if (input.getAttribute('type') === 'checkbox') {
                input.setAttribute('disabled', '');
            } else {
                input.remove();
                shell.removedUnsafe++;
            }
        });
        root.querySelectorAll('*').forEach((element) => {
            for (const attribute of Array.from(element.attributes)) {
                const name = attribute.name.toLowerCase();
                if (name.startsWith('on')
                    || (urlAttributes.includes(name) && !isSafeUrl(name, attribute.value, element))) {
                    element.removeAttribute(attribute.name);
                    shell.removedUnsafe++;
                }
            }
        });
    }

    // --- Patching ----------------------------------------------------------------------------
    // Blocks are compared without their source positions: inserting a line above a block shifts
    // its line numbers but does not make it a different block.
    const sourcePosition = / data-sourcepos="[^"]*"/g;

    function keyOf(element) {
        if (element.postwrightKey === undefined)
            element.postwrightKey = element.outerHTML.replace(sourcePosition, '');
        return element.postwrightKey;
    }

    function syncSourcePositions(target, source) {
        if (target.getAttribute('data-sourcepos') === source.getAttribute('data-sourcepos'))
            return; // same start line and same content: every inner position matches too
        const targets = [target, ...target.querySelectorAll('[data-sourcepos]')];
        const sources = [source, ...source.querySelectorAll('[data-sourcepos]')];
        if (targets.length !== sources.length)
            return;
        for (let i = 0; i < targets.length; ++i)
            targets[i].setAttribute('data-sourcepos', sources[i].getAttribute('data-sourcepos'));
    }

    // The article arrives whole: the theme's frame (header, table of contents, the body's
    // container) with the body between two comments. The frame is swapped only when it changes,
    // moving the body's live nodes into the new one; the body is patched block by block.
    function findMarkers(root) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
        let start = null;
        let end = null;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.data === 'postwright-content' && !start)
                start = node;
            else if (node.data === '/postwright-content' && start && node.parentNode === start.parentNode)
                end = node;
        }
        return end ? {start, end} : null;
    }

    function nodesBetween(markers) {
        const nodes = [];
        for (let node = markers.start.nextSibling; node && node !== markers.end; node = node.nextSibling)
            nodes.push(node);
        return nodes;
    }

    function highlight(element) {
        const hljs = window.hljs;
        if (!hljs)
            return;
        const blocks = element.matches('pre') ? element.querySelectorAll('code')
                                               : element.querySelectorAll('pre code');
        blocks.forEach((block) => {
            if (typeof hljs.highlightElement === 'function')
                hljs.highlightElement(block); // highlight.js 10 and 11
            else if (typeof hljs.highlightBlock === 'function')
                hljs.highlightBlock(block); // 9, Debian 12's
        });
    }

    function installFrame(template) {
        const root = document.getElementById('article');
        const live = findMarkers(root);
        const body = live ? nodesBetween(live) : [];
        const fresh = findMarkers(template.content);
        if (fresh)
            fresh.start.after(...body); // moved, not copied: nothing is parsed or fetched again
        root.replaceChildren(template.content);
        const container = findMarkers(root);
        if (container)
            container.start.parentNode.setAttribute('data-postwright-content', '');
        shell.frames++;
    }

    function patch(html) {
        const template = document.createElement('template');
        template.innerHTML = html; // parsed inert: nothing in a template runs or loads
        sanitize(template.content);
        resolveImages(template.content);

        let markers = findMarkers(template.content);
        if (!markers) {
            // No frame around it (the body alone): all of it is body.
            template.content.prepend(document.createComment('postwright-content'));
            template.content.append(document.createComment('/postwright-content'));
            markers = findMarkers(template.content);
        }
        const freshBody = nodesBetween(markers);
        freshBody.forEach((node) => node.remove());
        const frame = template.innerHTML;
        if (frame !== shell.frame) {
            installFrame(template);
            shell.frame = frame;
        }

        const live = findMarkers(document.getElementById('article'));
        const container = live.start.parentNode;
        for (const node of nodesBetween(live)) {
            if (node.nodeType !== Node.ELEMENT_NODE)
                node.remove();
        }
        const current = nodesBetween(live);
        const fresh = freshBody.filter((node) => node.nodeType === Node.ELEMENT_NODE);

        let start = 0;
        while (start < current.length && start < fresh.length && keyOf(current[start]) === keyOf(fresh[start])) {
            syncSourcePositions(current[start], fresh[start]);
            ++start;
        }
        let currentEnd = current.length;
        let freshEnd = fresh.length;
        while (currentEnd > start && freshEnd > start
               && keyOf(current[currentEnd - 1]) === keyOf(fresh[freshEnd - 1])) {
            --currentEnd;
            --freshEnd;
            syncSourcePositions(current[currentEnd], fresh[freshEnd]);
        }

        const anchor = currentEnd < current.length ? current[currentEnd] : live.end;
        for (let i = start; i < currentEnd; ++i)
            current[i].remove();
        const inserted = document.createDocumentFragment();
        for (let i = start; i < freshEnd; ++i) {
            keyOf(fresh[i]); // its key as rendered, before highlighting changes the markup
            inserted.appendChild(fresh[i]);
        }
        container.insertBefore(inserted, anchor);
        for (let i = start; i < freshEnd; ++i)
            highlight(fresh[i]);

        shell.patches++;
        shell.replaced += Math.max(currentEnd - start, freshEnd - start);
    }

    // The packed form (PostPreview::packForPage): the frame, then the body's top-level blocks,
    // separated by U+0000. Blocks are compared as strings (without their source positions), and
    // only the ones that changed are parsed: a 50,000-word post is not re-parsed per keystroke.
    function liveMarkers() {
        if (!shell.markers || !shell.markers.start.isConnected || !shell.markers.end.isConnected)
            shell.markers = findMarkers(document.getElementById('article'));
        return shell.markers;
    }

    const firstSourcePosition = /^<[^>]*? data-sourcepos="([^"]*)"/;

    function patchBlocks(frame, blocks) {
        if (frame !== shell.frame) {
            const template = document.createElement('template');
            template.innerHTML = frame;
            sanitize(template.content);
            resolveImages(template.content);
            installFrame(template);
            shell.frame = frame;
            shell.markers = null;
        }
        const live = liveMarkers();
        if (!live)
            return;
        const container = live.start.parentNode;
        for (const node of nodesBetween(live)) {
            if (node.nodeType !== Node.ELEMENT_NODE || node.postwrightKey === undefined)
                node.remove(); // text between blocks, or a block from the unpacked path
        }
        const current = nodesBetween(live);
        const keys = blocks.map((block) => block.replace(sourcePosition, ''));

        let start = 0;
        while (start < current.length && start < keys.length && current[start].postwrightKey === keys[start])
            ++start;
        let currentEnd = current.length;
        let freshEnd = keys.length;
        while (currentEnd > start && freshEnd > start && current[currentEnd - 1].postwrightKey === keys[freshEnd - 1]) {
            --currentEnd;
            --freshEnd;
            // Lines inserted above move a block without changing it: its top-level position is
            // what scroll sync reads.
            const position = firstSourcePosition.exec(blocks[freshEnd]);
            if (position && current[currentEnd].getAttribute('data-sourcepos') !== position[1])
                current[currentEnd].setAttribute('data-sourcepos', position[1]);
        }

        const anchor = currentEnd < current.length ? current[currentEnd] : live.end;
        for (let i = start; i < currentEnd; ++i)
            current[i].remove();
        const template = document.createElement('template');
        template.innerHTML = blocks.slice(start, freshEnd).join('');
        sanitize(template.content);
        resolveImages(template.content);
        const fresh = Array.from(template.content.childNodes).filter((node) => node.nodeType === Node.ELEMENT_NODE);
        const keyed = fresh.length === freshEnd - start;
        fresh.forEach((element, i) => {
            element.postwrightKey = keyed ? keys[start + i] : element.outerHTML.replace(sourcePosition, '');
        });
        container.insertBefore(template.content, anchor);
        fresh.forEach(highlight);
        shell.patches++;
        shell.replaced += Math.max(currentEnd - start, freshEnd - start);
    }

    function onContentChanged(revision, html) {
        if (revision <= shell.revision)
            return;
        const parts = html.split('\u0000');
        if (parts.length > 1 || html.includes('<!--postwright-content--><!--/postwright-content-->'))
            patchBlocks(parts[0], parts.slice(1));
        else
            patch(html);
        shell.revision = revision;
        if (scrollResetRevision > 0 && revision >= scrollResetRevision) {
            window.scrollTo(0, 0);
            scrollResetRevision = 0;
        }
        bridge.shown(revision);
    }

    // --- Scroll sync -------------------------------------------------------------------------
    // By source line: every top-level block of the body carries data-sourcepos="first:col-last:col"
    // in the file's own line numbers. The editor asks for a line at the top (it scrolled) or in
    // view (its cursor moved); scrolling here by hand reports the line at the top back.
    let ignoreScrollUntil = 0;

    function bodyBlocks() {
        const markers = liveMarkers();
        if (!markers)
            return [];
        return nodesBetween(markers).filter((node) => node.nodeType === Node.ELEMENT_NODE
                                                      && node.hasAttribute('data-sourcepos'));
    }

    function linesOf(element) {
        const match = /^(\d+):\d+-(\d+):\d+$/.exec(element.getAttribute('data-sourcepos') || '');
        return match ? {first: Number(match[1]), last: Number(match[2])} : null;
    }

    // The last block starting at or before line (blocks are in source order).
    function blockAt(line) {
        let found = null;
        for (const element of bodyBlocks()) {
            const lines = linesOf(element);
            if (!lines || lines.first > line)
                break;
            found = {element, lines};
        }
        return found;
    }

    function scrollToY(y) {
        ignoreScrollUntil = performance.now() + 250; // our own scroll is not the writer's
        window.scrollTo(0, Math.max(0, Math.round(y)));
    }

    // The last request, applied again when the layout changes soon after it (a patch, a font
    // or image arriving, the pane resized) unless the writer scrolled in between.
    let lastRequest = null;

    function onScrollToLine(line, reveal) {
        shell.scrollRequests++;
        lastRequest = {line, reveal, at: performance.now()};
        applyScrollRequest(line, reveal);
    }

    function applyScrollRequest(line, reveal) {
        const block = blockAt(line);
        if (!block) {
            if (!reveal)
                scrollToY(0); // the front matter: the article's top
            return;
        }
        const rect = block.element.getBoundingClientRect();
        if (reveal) {
            if (rect.top >= 0 && rect.bottom <= window.innerHeight)
                return; // already in view: do not move what the writer is reading
            scrollToY(window.scrollY + rect.top - window.innerHeight / 3);
            return;
        }
        // Within a long block (a code listing), go part of the way down it.
        const span = Math.max(1, block.lines.last - block.lines.first + 1);
        const fraction = Math.min(1, Math.max(0, (line - block.lines.first) / span));
        scrollToY(window.scrollY + rect.top + fraction * rect.height - 8);
    }

    function lineAtTop() {
        const blocks = bodyBlocks();
        for (const element of blocks) {
            const rect = element.getBoundingClientRect();
            if (rect.bottom <= 0)
                continue;
            const lines = linesOf(element);
            if (!lines)
                continue;
            if (rect.top >= 0 && element === blocks[0])
                return 1; // the article's header is in view: the file's top
            const fraction = rect.top < 0 && rect.height > 0 ? -rect.top / rect.height : 0;
            return Math.round(lines.first + fraction * (lines.last - lines.first + 1));
        }
        return null;
    }

    new ResizeObserver(() => {
        if (lastRequest && performance.now() - lastRequest.at < 3000)
            applyScrollRequest(lastRequest.line, lastRequest.reveal);
    }).observe(document.body);

    let scrollReportPending = false;
    window.addEventListener('scroll', () => {
        if (!bridge || performance.now() < ignoreScrollUntil || scrollReportPending)
            return;
        lastRequest = null; // the writer's own scrolling wins
        scrollReportPending = true;
        requestAnimationFrame(() => {
            scrollReportPending = false;
            const line = lineAtTop();
            if (line !== null)
                bridge.previewScrolled(line);
        });
    }, {passive: true});

    function setThemeStyleSheet(url) {
        const link = document.getElementById('theme-stylesheet');
        if (url && link.getAttribute('href') !== url)
            link.setAttribute('href', url);
    }

    // In-page links (footnotes, headings) scroll here instead of navigating; every other
    // navigation is the application's decision.
    document.addEventListener('click', (event) => {
        const link = event.target.closest && event.target.closest('a[href^="#"]');
        if (!link)
            return;
        event.preventDefault();
        const id = decodeURIComponent(link.getAttribute('href').slice(1));
        const target = id ? document.getElementById(id) : null;
        if (target)
            target.scrollIntoView({block: 'start'});
    });

    new QWebChannel(qt.webChannelTransport, (channel) => {
        bridge = channel.objects.bridge;
        bridge.contentChanged.connect(onContentChanged);
        bridge.scrollResetRequested.connect((revision) => { scrollResetRevision = revision; });
        bridge.documentBaseChanged.connect((base) => { documentBase = base; });
        bridge.themeStyleSheetChanged.connect(setThemeStyleSheet);
        bridge.scrollToLineRequested.connect(onScrollToLine);
        setThemeStyleSheet(bridge.themeStyleSheet);
        bridge.ready();
    });
})();
