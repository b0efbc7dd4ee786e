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
        math: 0,
    };
    window.postwrightShell = shell;

    let bridge = null;
    let scrollResetRevision = 0;
    let documentBase = ''; // postwright-blog://source/<post folder>/

    // --- Images ------------------------------------------------------------------------------
    // Images beside the post load through the application's postwright-blog: scheme (the page
    // has no file access); site-absolute paths come from the blog's static/ folder. The page
    // itself makes no network requests: web images are placeholders, or, if the writer allows
    // them, fetched by the application through the scheme's remote/ host.
    let remoteImages = false;
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
            if (/^(https?:)?\/\//i.test(src) && remoteImages) {
                const url = src.startsWith('//') ? 'https:' + src : src;
                image.setAttribute('src', 'postwright-blog://remote/' + encodeURIComponent(url));
                image.addEventListener('error', () => markBroken(image, 'Image not loaded: ' + src), {once: true});
                return;
            }
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
        for (const element of root.querySelectorAll('*')) {
            const attributes = element.attributes; // live: walk it backwards while removing
            for (let i = attributes.length - 1; i >= 0; --i) {
                const attribute = attributes[i];
                const name = attribute.name.toLowerCase();
                if (name === 'data-sourcepos' || name === 'class' || name === 'id')
                    continue; // nearly every attribute cmark writes: the fast path of a 10 MB post
                if (name.startsWith('on')
                    || (urlAttributes.includes(name) && !isSafeUrl(name, attribute.value, element))) {
                    element.removeAttribute(attribute.name);
                    shell.removedUnsafe++;
                }
            }
        }
    }

    // --- Patching ----------------------------------------------------------------------------
    // The article arrives as patches (PreviewBridge): the theme's frame when it changed (header,
    // table of contents, the body's container with two comments marking where the body goes),
    // and the body's blocks that changed. The page keeps one record per block, in order: the
    // nodes the block parsed into and its lines in the file. Blocks that did not change are
    // never touched (images are not fetched again); the frame is swapped around the body's
    // live nodes.
    let records = [];
    let pending = null; // a patch arriving in parts: {revision, at, fix}
    let decorateQueue = [];
    const separator = 'postwright-block';

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

    function liveMarkers() {
        if (!shell.markers || !shell.markers.start.isConnected || !shell.markers.end.isConnected)
            shell.markers = findMarkers(document.getElementById('article'));
        return shell.markers;
    }

    function installFrame(frame) {
        const template = document.createElement('template');
        template.innerHTML = frame; // parsed inert: nothing in a template runs or loads
        sanitize(template.content);
        resolveImages(template.content);
        const fresh = findMarkers(template.content);
        const live = liveMarkers();
        if (fresh && live) {
            const body = [];
            for (let node = live.start.nextSibling; node && node !== live.end; node = node.nextSibling)
                body.push(node);
            fresh.start.after(...body); // moved, not copied: nothing is parsed or fetched again
        }
        const root = document.getElementById('article');
        root.replaceChildren(template.content);
        shell.markers = null;
        const markers = liveMarkers();
        if (markers)
            markers.start.parentNode.setAttribute('data-postwright-content', '');
        shell.frame = frame;
        shell.frames++;
    }

    function highlight(element) {
        const hljs = window.hljs;
        if (!hljs || !element.isConnected)
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

    // Math (blog.yaml's markdown.math): the renderer marks it <span|div class="math math-inline|
    // math-display"> with the TeX as text; KaTeX typesets it in place, never trusting commands
    // that could link or load (trust: false, its default).
    function typesetMath(element) {
        const katex = window.katex;
        const maths = element.matches('.math') ? [element] : element.querySelectorAll('.math');
        if (!katex || !maths.length || !element.isConnected)
            return;
        const style = document.getElementById('katex-stylesheet');
        if (!style.getAttribute('href'))
            style.setAttribute('href', 'postwright-blog://katex/katex.min.css');
        maths.forEach((node) => {
            try {
                katex.render(node.textContent, node, {displayMode: node.classList.contains('math-display'),
                                                      throwOnError: false, trust: false});
            } catch (error) {
                node.classList.add('math-error'); // the TeX stays readable
            }
        });
        shell.math += maths.length;
    }

    function decorate(element) {
        highlight(element);
        typesetMath(element);
    }

    // A few new blocks (typing) are highlighted at once, so code never flashes plain; a whole
    // long post is highlighted in slices between frames, so it shows without waiting for that.
    function decorateLater() {
        const until = performance.now() + 8;
        while (decorateQueue.length && performance.now() < until)
            decorate(decorateQueue.shift());
        if (decorateQueue.length)
            setTimeout(decorateLater, 0);
    }

    function parseBlocks(blocks) {
        const template = document.createElement('template');
        template.innerHTML = blocks.join('<!--' + separator + '-->');
        sanitize(template.content);
        resolveImages(template.content);
        const groups = [[]];
        for (const node of Array.from(template.content.childNodes)) {
            if (node.nodeType === Node.COMMENT_NODE && node.data === separator) {
                groups.push([]);
                node.remove();
            } else if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.COMMENT_NODE) {
                groups[groups.length - 1].push(node);
            } else {
                node.remove(); // white space between blocks
            }
        }
        if (groups.length !== blocks.length)
            console.error('preview: ' + blocks.length + ' blocks parsed into ' + groups.length);
        while (groups.length < blocks.length)
            groups.push([]);
        while (groups.length > blocks.length && groups.length > 1)
            groups[groups.length - 2].push(...groups.pop());
        return {fragment: template.content, groups};
    }

    function firstNodeFrom(index) {
        for (let i = index; i < records.length; ++i) {
            if (records[i].nodes.length)
                return records[i].nodes[0];
        }
        return liveMarkers().end;
    }

    function insertBlocks(patch) {
        if (!patch.blocks.length)
            return;
        const {fragment, groups} = parseBlocks(patch.blocks);
        const anchor = firstNodeFrom(pending.at);
        anchor.parentNode.insertBefore(fragment, anchor);
        const fresh = groups.map((nodes, i) => ({nodes, first: patch.lines[2 * i], last: patch.lines[2 * i + 1]}));
        records.splice(pending.at, 0, ...fresh);
        pending.at += fresh.length;
        const elements = [];
        fresh.forEach((record) => record.nodes.forEach((node) => {
            if (node.nodeType === Node.ELEMENT_NODE)
                elements.push(node);
        }));
        if (elements.length <= 32 && !decorateQueue.length) {
            elements.forEach(decorate);
        } else {
            if (!decorateQueue.length)
                setTimeout(decorateLater, 0);
            decorateQueue.push(...elements);
        }
        shell.replaced += fresh.length;
    }

    function startPatch(revision, patch) {
        remoteImages = patch.remoteImages === true;
        if (patch.base === 0) {
            records.forEach((record) => record.nodes.forEach((node) => node.remove()));
            records = [];
        }
        if (patch.frame !== undefined && patch.frame !== shell.frame)
            installFrame(patch.frame);
        const live = liveMarkers();
        if (!live)
            return false;
        if (patch.base === 0) {
            while (live.start.nextSibling && live.start.nextSibling !== live.end)
                live.start.nextSibling.remove();
        }
        const removed = records.splice(patch.start, patch.removed);
        removed.forEach((record) => record.nodes.forEach((node) => node.remove()));
        shell.replaced += removed.length;
        if (patch.shift) {
            for (let i = patch.start; i < records.length; ++i) {
                if (records[i].first > 0) {
                    records[i].first += patch.shift;
                    records[i].last += patch.shift;
                }
            }
        }
        // Past a few thousand blocks the page lays out only what is near the view.
        live.start.parentNode.classList.toggle('postwright-long', patch.count > 2000);
        pending = {revision, at: patch.start, fix: patch.fix};
        return true;
    }

    function finishPatch(revision) {
        for (let i = 0; i + 2 < pending.fix.length; i += 3) {
            const record = records[pending.fix[i]];
            if (record) {
                record.first = pending.fix[i + 1];
                record.last = pending.fix[i + 2];
            }
        }
        pending = null;
        positioned = null;
        shell.revision = revision;
        shell.patches++;
        if (scrollResetRevision > 0 && revision >= scrollResetRevision) {
            window.scrollTo(0, 0);
            scrollResetRevision = 0;
        }
        bridge.shown(revision);
    }

    function onContentChanged(revision, patch) {
        if (patch.continued) {
            if (!pending || pending.revision !== revision)
                return; // the rest of a patch this page refused
        } else {
            // A whole article (base 0) may repeat the shown revision: resolved anew (web
            // images allowed) or after a resync.
            if (revision < shell.revision || (revision === shell.revision && patch.base !== 0))
                return;
            if (patch.base !== 0 && patch.base !== shell.revision) {
                pending = null; // made for a page that has what this one does not
                bridge.resync();
                return;
            }
            if (!startPatch(revision, patch))
                return;
        }
        insertBlocks(patch);
        if (!patch.more)
            finishPatch(revision);
    }

    // --- Scroll sync -------------------------------------------------------------------------
    // By source line: every top-level block of the body carries data-sourcepos="first:col-last:col"
    // in the file's own line numbers. The editor asks for a line at the top (it scrolled) or in
    // view (its cursor moved); scrolling here by hand reports the line at the top back.
    let ignoreScrollUntil = 0;

    // Blocks with a position and an element, in source order (cached until the next patch).
    let positioned = null;

    function positionedRecords() {
        if (!positioned) {
            positioned = [];
            for (const record of records) {
                const element = record.nodes.find((node) => node.nodeType === Node.ELEMENT_NODE);
                if (record.first > 0 && element)
                    positioned.push({element, lines: {first: record.first, last: record.last}});
            }
        }
        return positioned;
    }

    // The last block starting at or before line (binary search: a 10 MB post has 50,000).
    function blockAt(line) {
        const blocks = positionedRecords();
        let low = 0;
        let high = blocks.length - 1;
        let found = null;
        while (low <= high) {
            const middle = (low + high) >> 1;
            if (blocks[middle].lines.first <= line) {
                found = blocks[middle];
                low = middle + 1;
            } else {
                high = middle - 1;
            }
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
        const blocks = positionedRecords();
        // The first block whose bottom is below the top of the view.
        let low = 0;
        let high = blocks.length - 1;
        let index = -1;
        while (low <= high) {
            const middle = (low + high) >> 1;
            if (blocks[middle].element.getBoundingClientRect().bottom > 0) {
                index = middle;
                high = middle - 1;
            } else {
                low = middle + 1;
            }
        }
        if (index < 0)
            return null;
        const {element, lines} = blocks[index];
        const rect = element.getBoundingClientRect();
        if (rect.top >= 0 && index === 0)
            return 1; // the article's header is in view: the file's top
        const fraction = rect.top < 0 && rect.height > 0 ? -rect.top / rect.height : 0;
        return Math.round(lines.first + fraction * (lines.last - lines.first + 1));
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
