#include "site/templateengine.h"
#include "testblog.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QThreadPool>
#include <QXmlStreamReader>
#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

using namespace Postwright;
using Postwright::Test::TestBlog;

using Engine = std::shared_ptr<const TemplateEngine>;
using Files = QList<QPair<QString, QByteArray>>; // template name -> source

namespace {

// For QVERIFY2, which evaluates its message even when the check passes.
template<typename T>
QByteArray errorText(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toLocal8Bit();
}

// An engine over the built-in theme plus the given templates in a temporary blog's theme/ folder.
Result<Engine> engineWith(const TestBlog &blog, const Files &templates)
{
    for (const auto &[name, source] : templates)
        blog.write("theme/templates/" + name + ".mustache", source);
    const auto theme = Theme::load(blog.path("theme"));
    if (!theme)
        return theme.error();
    return TemplateEngine::create(theme.value());
}

QString renderText(const Engine &engine, const QString &name, const QVariantMap &context)
{
    const auto output = engine->render(name, context);
    if (!output)
        return "ERROR: " + output.error().toString();
    return QString::fromUtf8(output.value());
}

// ----------------------------------------------------------------- a realistic context (README.md)

QVariantMap fromJson(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON: %s at %d", qPrintable(error.errorString()), error.offset);
    return document.object().toVariantMap();
}

// What every page sees, as SiteBuilder fills it.
const char kBaseContext[] = R"json({
"site": {"title": "The Quiet Pager", "author": "Maya Lindqvist", "language": "en", "year": 2026,
  "description_html": "<p>Notes from a <strong>backend</strong> engineer.</p>", "base_url": "https://example.org/",
  "feeds": {"rss": "https://example.org/index.xml", "atom": "https://example.org/atom.xml",
            "json": "https://example.org/feed.json"},
  "categories": [{"name": "Architecture", "url": "/categories/architecture/", "count": 2},
                 {"name": "Design", "url": "/categories/design/", "count": 5},
                 {"name": "DevOps", "url": "/categories/devops/", "count": 3},
                 {"name": "Tutorials", "url": "/categories/tutorials/", "count": 1}],
  "pages": [{"title": "About", "url": "/about/"}, {"title": "Now", "url": "/now/"}]},
"page": {"description": "Notes on \"retries\" & <backoff>.", "og_type": "website"},
"assets": {"stylesheet": "/assets/style.css?v=3f2a"},
"labels": {"skip_to_content": "Skip to content", "home": "Home", "archive": "Archive", "categories": "Categories",
  "tags": "Tags", "feeds": "Feeds", "read_more": "Read more", "min_read": "min read", "published": "Published",
  "updated": "Updated", "contents": "Contents", "previous_post": "Previous post", "next_post": "Next post",
  "newer_posts": "Newer posts", "older_posts": "Older posts", "page_of": "Page", "of": "of", "posts_in": "Posts in",
  "tagged": "Tagged", "posts_from": "Posts from", "not_found_title": "Page not found",
  "not_found_text": "There is nothing at this address.", "back_home": "Back to the home page", "draft": "Draft",
  "scheduled": "Scheduled", "navigation": "Main", "pagination": "Pages", "post_navigation": "More posts"}
})json";

// A post with every optional value; the bare variant drops them.
const char kPost[] = R"json({
"title": "Idempotency Keys & <Retries>", "url": "/2026/idempotency-keys/", "summary": "Why retries need keys.",
"date_iso": "2026-02-10T09:30:00+01:00", "date_display": "10 February 2026", "reading_minutes": 7,
"word_count": 1480, "is_draft": false, "is_scheduled": false,
"categories": [{"name": "Design", "url": "/categories/design/"}],
"updated_iso": "2026-02-12T08:00:00+01:00", "updated_display": "12 February 2026",
"tags": [{"name": "api", "url": "/tags/api/"}, {"name": "reliability", "url": "/tags/reliability/"}],
"toc_html": "<ul>\n<li><a href=\"#section-1\">Section 1</a>\n<ul>\n<li><a href=\"#a\">A</a></li>\n</ul>\n</li>\n<li><a href=\"#section-2\">Section 2</a></li>\n</ul>",
"cover": "/2026/idempotency-keys/cover.png", "cover_alt": "A key on a ring",
"prev": {"title": "Queue or log?", "url": "/2026/queue-or-log/"},
"next": {"title": "Runbooks people open", "url": "/2026/runbooks/"}
})json";

// About 20 KB of cmark-gfm style XHTML: sections, code, a table, lists, a quote, an image.
QString contentHtml(const QString &marker)
{
    QString html =
        "<p>" + marker + " Caching is deceptively simple in concept &amp; endlessly complex.</p>\n";
    for (int section = 1; html.size() < 20000; ++section) {
        html += QString("<h2 id=\"section-%1\">Section %1: retries &amp; backoff</h2>\n").arg(section);
        html +=
            "<p>We started this project with a <strong>clear</strong> hypothesis: the <a "
            "href=\"https://example.org/x\">existing approach</a> cost more in <code>maintenance</code> "
            "time than the migration would cost upfront. Three months later, the data confirmed it.</p>\n"
            "<pre><code class=\"language-cpp\">for (int i = 0; i &lt; n; ++i)\n    "
            "retry(&amp;request, backoff * 2);\n</code></pre>\n"
            "<table>\n<thead>\n<tr>\n<th>Strategy</th>\n<th align=\"right\">p99</th>\n</tr>\n</thead>\n"
            "<tbody>\n<tr>\n<td>Fixed</td>\n<td align=\"right\">840 ms</td>\n</tr>\n<tr>\n<td>Jitter</td>\n"
            "<td align=\"right\">210 ms</td>\n</tr>\n</tbody>\n</table>\n"
            "<ul>\n<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> measure first</li>\n"
            "<li>then optimise</li>\n</ul>\n<blockquote>\n<p>Keep those anchors.</p>\n</blockquote>\n"
            "<p><img src=\"diagram.png\" alt=\"Request flow\" /></p>\n";
    }
    return html;
}

// kBaseContext for one page: its path and title, plus page flags.
QVariantMap baseContext(const QString &path, const QString &title, const QVariantMap &pageExtra)
{
    QVariantMap context = fromJson(kBaseContext);
    QVariantMap page = context["page"].toMap();
    page.insert({{"title", title}, {"path", path}, {"canonical", QString("https://example.org" + path)}});
    page.insert(pageExtra);
    context["page"] = page;
    return context;
}

QVariantMap postContext(bool full, const QString &marker)
{
    QVariantMap context =
        baseContext("/2026/idempotency-keys/", "Idempotency Keys & <Retries> · The Quiet Pager",
                    {{"og_type", "article"}, {"is_post", true}});
    QVariantMap post = fromJson(kPost);
    post["content_html"] = contentHtml(marker);
    if (full) {
        QVariantMap page = context["page"].toMap();
        page["image"] = "https://example.org/2026/idempotency-keys/cover.png";
        context["page"] = page;
        context["assets"] = QVariantMap{{"stylesheet", "/assets/style.css?v=3f2a"},
                                        {"highlight_js", "/assets/highlight.min.js"},
                                        {"highlight_init", "/assets/highlight-init.js"}};
    } else {
        for (const char *key :
             {"updated_iso", "updated_display", "toc_html", "cover", "cover_alt", "prev", "next"})
            post.remove(key);
        post["tags"] = QVariantList{};
    }
    context["post"] = post;
    return context;
}

QVariantMap listContext(const QString &kind, int pageNumber, const QString &marker)
{
    const bool home = kind == "home";
    const QString base = home ? "/" : "/categories/design/";
    const auto pagePath = [&base](int n) {
        return n == 1 ? base : base + QString("page/%1/").arg(n);
    };
    QVariantMap pageExtra{{"is_list", true}, {"is_home", home}};
    if (!home) {
        pageExtra.insert({{"feed_rss", "https://example.org/categories/design/index.xml"},
                          {"feed_atom", "https://example.org/categories/design/atom.xml"},
                          {"feed_json", "https://example.org/categories/design/feed.json"}});
    }
    QVariantMap context =
        baseContext(pagePath(pageNumber), home ? "The Quiet Pager" : "Design · The Quiet Pager", pageExtra);
    QVariantList items;
    for (int i = 0; i < 10; ++i) {
        QVariantMap item = fromJson(R"json({"date_iso": "2026-02-10T09:30:00+01:00", "reading_minutes": 4,
            "date_display": "10 February 2026", "categories": [{"name": "Design", "url": "/categories/design/"}]})json");
        item.insert({{"title", QString("Post %1 & more").arg(i)},
                     {"url", QString("/2026/post-%1/").arg(i)},
                     {"summary_html", QString("%1 <em>one</em> line %2.").arg(marker).arg(i)}});
        items.append(item);
    }
    const QVariantMap pagination{{"current", pageNumber},      {"total", 3},
                                 {"has_prev", pageNumber > 1}, {"prev_url", pagePath(pageNumber - 1)},
                                 {"has_next", pageNumber < 3}, {"next_url", pagePath(pageNumber + 1)}};
    QVariantMap list{{"title", home ? "" : "Design"}, {"kind", kind},   {"is_home", home},
                     {"is_category", !home},          {"items", items}, {"pagination", pagination}};
    if (home && pageNumber == 1)
        list["intro_html"] = context["site"].toMap()["description_html"];
    context["list"] = list;
    return context;
}

QVariantMap archiveContext(const QString &marker)
{
    QVariantMap context = baseContext("/archive/", "Archive · The Quiet Pager", {{"is_list", true}});
    QVariantList years;
    for (int year : {2026, 2025}) {
        QVariantList posts;
        for (int i = 0; i < 3; ++i) {
            posts.append(QVariantMap{{"title", QString("%1 %2-%3").arg(marker).arg(year).arg(i)},
                                     {"url", QString("/%1/p%2/").arg(year).arg(i)},
                                     {"date_iso", QString("%1-01-0%2").arg(year).arg(i + 1)},
                                     {"date_display", QString("%1 January %2").arg(i + 1).arg(year)}});
        }
        years.append(
            QVariantMap{{"year", year}, {"url", QString("/%1/").arg(year)}, {"count", 3}, {"posts", posts}});
    }
    context["archive"] = QVariantMap{{"years", years}};
    return context;
}

QVariantMap pageContext(const QString &marker)
{
    QVariantMap context = baseContext("/about/", "About · The Quiet Pager", {{"is_page", true}});
    context["content"] = QVariantMap{
        {"title", "About"}, {"content_html", QString("<p>" + marker + " I write about pagers.</p>")}};
    return context;
}

QVariantMap notFoundContext()
{
    return baseContext("/404.html", "Page not found · The Quiet Pager", {{"is_404", true}});
}

// Reads a page with a real XML parser (pages must be well-formed XML too) and checks what every
// page needs: one h1, lang, the skip link first, #main, the canonical link, og:title, unique ids,
// alt on images, a unique name for each <nav>.
void checkStructure(const QByteArray &html, const QString &canonical, const QString &ogTitle, int scripts)
{
    QXmlStreamReader xml(html);
    QSet<QString> ids, navLabels;
    QStringList problems;
    QString lang, firstFocusable, canonicalSeen, ogTitleSeen;
    int h1Count = 0, scriptCount = 0;
    bool mainTarget = false;
    while (xml.readNext() != QXmlStreamReader::EndDocument && !xml.hasError()) {
        if (!xml.isStartElement())
            continue;
        const QString name = xml.name().toString();
        const QXmlStreamAttributes attributes = xml.attributes();
        const auto attribute = [&attributes](const char *key) {
            return attributes.value(QString(key)).toString();
        };
        const QString id = attribute("id");
        if (!id.isEmpty() && ids.contains(id))
            problems << "duplicate id " + id;
        ids.insert(id);
        h1Count += name == "h1";
        scriptCount += name == "script";
        mainTarget = mainTarget || (name == "main" && id == "main");
        if (name == "html")
            lang = attribute("lang");
        else if (name == "link" && attribute("rel") == "canonical")
            canonicalSeen = attribute("href");
        else if (name == "meta" && attribute("property") == "og:title")
            ogTitleSeen = attribute("content");
        else if (name == "img" && !attributes.hasAttribute(QString("alt")))
            problems << "img without alt: " + attribute("src");
        if (name == "nav" && navLabels.contains(attribute("aria-label")))
            problems << "two <nav>s named '" + attribute("aria-label") + "'";
        if (name == "nav")
            navLabels.insert(attribute("aria-label"));
        if (firstFocusable.isEmpty() && (name == "a" || name == "button" || name == "input"))
            firstFocusable = name + attribute("href") + "." + attribute("class");
    }
    QVERIFY2(!xml.hasError(),
             qPrintable(QString("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString())));
    QCOMPARE(lang, "en");
    QCOMPARE(h1Count, 1);
    QCOMPARE(firstFocusable, "a#main.skip-link");
    QVERIFY(mainTarget);
    QCOMPARE(canonicalSeen, canonical);
    QCOMPARE(ogTitleSeen, ogTitle);
    QCOMPARE(scriptCount, scripts);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join("; ")));
}

} // namespace

class TestTemplateEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInTemplatesCompile();
    void variablesAndSections_data();
    void variablesAndSections();
    void partials_data();
    void partials();
    void templateErrors_data();
    void templateErrors();
    void unknownTemplate();
    void concurrentRendering();
    void fullPages_data();
    void fullPages();
    void renderSpeed();
};

void TestTemplateEngine::builtInTemplatesCompile()
{
    const auto theme = Theme::load({});
    QVERIFY(theme.ok());
    const auto engine = TemplateEngine::create(theme.value());
    QVERIFY2(engine.ok(), errorText(engine).constData());
    for (const QString &name : theme.value().templateNames()) {
        QVERIFY2(engine.value()->hasTemplate(name), qPrintable(name));
        QVERIFY2(engine.value()->render(name, {}).ok(), qPrintable(name));
    }
    // The preview renders the article on its own.
    const QString article = renderText(engine.value(), "partials/article", postContext(false, "PREVIEW"));
    QVERIFY(article.startsWith("<article class=\"post\">\n"));
    QVERIFY(article.contains("PREVIEW"));
    QVERIFY(!article.contains("<html"));
}

void TestTemplateEngine::variablesAndSections_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QVariantMap>("context");
    QTest::addColumn<QString>("expected");

    const QVariantMap markup{{"x", "<a href=\"q\">Tom & Jerry's</a>"}};
    QTest::newRow("escaped") << QByteArray("{{x}}") << markup
                             << "&lt;a href=&quot;q&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;";
    QTest::newRow("triple braces raw") << QByteArray("{{{x}}}") << markup << markup["x"].toString();
    QTest::newRow("ampersand raw") << QByteArray("{{& x}}") << markup << markup["x"].toString();
    QTest::newRow("missing key") << QByteArray("[{{nothing}}|{{a.b.c}}]") << markup << "[|]";
    QTest::newRow("dotted") << QByteArray("{{site.feeds.rss}}")
                            << QVariantMap{{"site", QVariantMap{{"feeds", QVariantMap{{"rss", "/r.xml"}}}}}}
                            << "/r.xml";
    QTest::newRow("numbers") << QByteArray("{{i}} {{big}} {{d}} {{whole}}")
                             << QVariantMap{{"i", 42}, {"big", qint64(1) << 40}, {"d", 2.5}, {"whole", 3.0}}
                             << "42 1099511627776 2.5 3";
    QTest::newRow("utf-8") << QByteArray("{{x}} · ✓") << QVariantMap{{"x", "Über"}} << "Über · ✓";
    QTest::newRow("string list") << QByteArray("{{#xs}}<{{.}}>{{/xs}}")
                                 << QVariantMap{{"xs", QStringList{"a", "b&"}}} << "<a><b&amp;>";

    const QVariantList items{QVariantMap{{"name", "a"}}, QVariantMap{{"name", "b"}}};
    QTest::newRow("list") << QByteArray("{{#xs}}[{{name}}]{{/xs}}") << QVariantMap{{"xs", items}} << "[a][b]";
    QTest::newRow("empty list is falsy")
        << QByteArray("{{#xs}}yes{{/xs}}{{^xs}}none{{/xs}}") << QVariantMap{{"xs", QVariantList{}}} << "none";
    QTest::newRow("true") << QByteArray("{{#b}}yes{{/b}}{{^b}}no{{/b}}") << QVariantMap{{"b", true}} << "yes";
    QTest::newRow("false") << QByteArray("{{#b}}yes{{/b}}{{^b}}no{{/b}}") << QVariantMap{{"b", false}}
                           << "no";
    QTest::newRow("missing is falsy") << QByteArray("{{#b}}yes{{/b}}{{^b}}no{{/b}}") << QVariantMap{} << "no";
    QTest::newRow("empty string is falsy")
        << QByteArray("{{#s}}<img alt=\"{{s}}\">{{/s}}{{^s}}none{{/s}}") << QVariantMap{{"s", ""}} << "none";
    QTest::newRow("string section") << QByteArray("{{#s}}<img src=\"{{s}}\">{{/s}}")
                                    << QVariantMap{{"s", "/c.png"}} << "<img src=\"/c.png\">";
    QTest::newRow("empty map is falsy")
        << QByteArray("{{#m}}yes{{/m}}{{^m}}no{{/m}}") << QVariantMap{{"m", QVariantMap{}}} << "no";
    QTest::newRow("map section") << QByteArray("{{#m}}{{title}} {{outer}}{{/m}}")
                                 << QVariantMap{{"m", QVariantMap{{"title", "T"}}}, {"outer", "O"}} << "T O";
    QTest::newRow("has_ helper")
        << QByteArray("{{#p.has_tags}}<ul>{{#p.tags}}<li>{{.}}</li>{{/p.tags}}</ul>{{/p.has_tags}}"
                      "{{^q.has_tags}}none{{/q.has_tags}}")
        << QVariantMap{{"p", QVariantMap{{"tags", QStringList{"x", "y"}}}},
                       {"q", QVariantMap{{"tags", QStringList{}}, {"k", 1}}}}
        << "<ul><li>x</li><li>y</li></ul>none";
    QTest::newRow("has_ key of the data wins")
        << QByteArray("{{#has_xs}}yes{{/has_xs}}{{^has_xs}}no{{/has_xs}}")
        << QVariantMap{{"xs", items}, {"has_xs", false}} << "no";
    QTest::newRow("nested lists")
        << QByteArray("{{#years}}{{year}}:{{#posts}} {{title}}{{/posts}};{{/years}}")
        << QVariantMap{{"years",
                        QVariantList{QVariantMap{{"year", 2026},
                                                 {"posts", QVariantList{QVariantMap{{"title", "a"}},
                                                                        QVariantMap{{"title", "b"}}}}},
                                     QVariantMap{{"year", 2025},
                                                 {"posts", QVariantList{QVariantMap{{"title", "c"}}}}}}}}
        << "2026: a b;2025: c;";
    QTest::newRow("standalone section lines vanish")
        << QByteArray("<ul>\n{{#xs}}\n<li>{{name}}</li>\n{{/xs}}\n</ul>\n") << QVariantMap{{"xs", items}}
        << "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n";
    QTest::newRow("false section leaves no blank line")
        << QByteArray("<ul>\n  {{#xs}}\n<li>{{name}}</li>\n  {{/xs}}\n  {{! why "
                      "}}\n{{^ys}}\n<li>none</li>\n{{/ys}}\n</ul>\n")
        << QVariantMap{{"xs", QVariantList{}}, {"ys", true}} << "<ul>\n</ul>\n";
}

void TestTemplateEngine::variablesAndSections()
{
    QFETCH(QByteArray, source);
    QFETCH(QVariantMap, context);
    QFETCH(QString, expected);
    TestBlog blog;
    const auto engine = engineWith(blog, {{"t", source}});
    QVERIFY2(engine.ok(), errorText(engine).constData());
    QCOMPARE(renderText(engine.value(), "t", context), expected);
}

void TestTemplateEngine::partials_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nested") << Files{{"t", "<{{> a}}>"},
                                     {"partials/a", "a{{x}}{{> b}}"},
                                     {"partials/b", "b{{> c}}"},
                                     {"partials/c", "c{{x}}"}}
                            << "<a1bc1>";
    QTest::newRow("full name") << Files{{"t", "{{> partials/a}}"}, {"partials/a", "A"}} << "A";
    QTest::newRow("same partial twice") << Files{{"t", "{{> a}}-{{> a}}"}, {"partials/a", "{{x}}"}} << "1-1";
    QTest::newRow("standalone line") << Files{{"t", "<a>\n  {{> p}}\n<b>\n"}, {"partials/p", "P\n"}}
                                     << "<a>\n  P\n<b>\n";
    QTest::newRow("inline") << Files{{"t", "x {{> p}} y"}, {"partials/p", "P\n"}} << "x P\n y";
    QTest::newRow("inside a section")
        << Files{{"t", "{{#xs}}{{> p}}{{/xs}}"}, {"partials/p", "[{{.}}]"}} << "[u][v]";
    QTest::newRow("includer changed delimiters")
        << Files{{"t", "{{=<% %>=}}<% x %><%> p %><% x %>"}, {"partials/p", "({{x}})"}} << "1(1)1";
    QTest::newRow("partial changes delimiters")
        << Files{{"t", "{{> p}}{{x}}"}, {"partials/p", "{{=[ ]=}}[x]"}} << "11";
}

void TestTemplateEngine::partials()
{
    QFETCH(Files, files);
    QFETCH(QString, expected);
    TestBlog blog;
    const auto engine = engineWith(blog, files);
    QVERIFY2(engine.ok(), errorText(engine).constData());
    QCOMPARE(renderText(engine.value(), "t", {{"x", 1}, {"xs", QStringList{"u", "v"}}}), expected);
}

void TestTemplateEngine::templateErrors_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("messageParts");

    QTest::newRow("unclosed section") << Files{{"post", "<p>\n{{title}}\n  {{#items}}\n<li>\n"}}
                                      << "theme/templates/post.mustache" << 3 << 3 << QStringList{"items"};
    QTest::newRow("unopened section") << Files{{"list", "a\n\nb {{/items}}"}}
                                      << "theme/templates/list.mustache" << 3 << 3 << QStringList{"items"};
    QTest::newRow("unclosed tag") << Files{{"page", "é\né {{title"}} << "theme/templates/page.mustache" << 2
                                  << 3 << QStringList{};
    QTest::newRow("error inside a partial")
        << Files{{"post", "{{> broken}}"}, {"partials/broken", "ok\n{{#x}}"}}
        << "theme/templates/partials/broken.mustache" << 2 << 1 << QStringList{"x"};
    QTest::newRow("missing partial") << Files{{"post", "line\n  {{> sidebar}}\n"}}
                                     << "theme/templates/post.mustache" << 2 << 3 << QStringList{"sidebar"};
    QTest::newRow("missing nested partial")
        << Files{{"post", "{{> a}}"}, {"partials/a", "\n\n{{> nope}}"}}
        << "theme/templates/partials/a.mustache" << 3 << 1 << QStringList{"nope"};
    QTest::newRow("cycle") << Files{{"partials/a", "{{> b}}"}, {"partials/b", "x\n{{> a}}"}}
                           << "theme/templates/partials/b.mustache" << 2 << 1
                           << QStringList{"partials/a", "partials/b"};
    QTest::newRow("self include") << Files{{"partials/a", "{{> a}}"}} << "theme/templates/partials/a.mustache"
                                  << 1 << 1 << QStringList{"partials/a"};
}

void TestTemplateEngine::templateErrors()
{
    QFETCH(Files, files);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QStringList, messageParts);
    TestBlog blog;
    const auto engine = engineWith(blog, files);
    QVERIFY(!engine.ok());
    const SourceError &error = engine.error();
    QCOMPARE(error.file, file);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY(!error.message.isEmpty());
    for (const QString &part : messageParts)
        QVERIFY2(error.message.contains(part), qPrintable(error.message));
}

void TestTemplateEngine::unknownTemplate()
{
    const auto engine = TemplateEngine::create(Theme::load({}).value());
    QVERIFY(engine.ok());
    QVERIFY(!engine.value()->hasTemplate("sidebar"));
    const auto output = engine.value()->render("sidebar", {});
    QVERIFY(!output.ok());
    QVERIFY(output.error().message.contains("sidebar"));
}

void TestTemplateEngine::concurrentRendering()
{
    const auto engine = TemplateEngine::create(Theme::load({}).value());
    QVERIFY(engine.ok());
    constexpr int kThreads = 8;
    constexpr int kPerThread = 40;
    const auto contextFor = [](int i) {
        return i % 3 == 0 ? postContext(i % 2 == 0, QString("M%1").arg(i))
                          : listContext("home", 1 + i % 3, QString("M%1").arg(i));
    };
    const auto nameFor = [](int i) {
        return QString(i % 3 == 0 ? "post" : "list");
    };

    QList<QByteArray> serial;
    for (int i = 0; i < kThreads * kPerThread; ++i)
        serial.append(engine.value()->render(nameFor(i), contextFor(i)).value());

    // Every render on a pool of 8 threads, interleaved over the same templates.
    QThreadPool pool;
    pool.setMaxThreadCount(kThreads);
    QList<int> indexes(serial.size());
    std::iota(indexes.begin(), indexes.end(), 0);
    const QList<QByteArray> parallel = QtConcurrent::blockingMapped(&pool, indexes, [&](int i) {
        const auto output = engine.value()->render(nameFor(i), contextFor(i));
        return output.ok() ? output.value() : QByteArray("error");
    });
    for (int i = 0; i < serial.size(); ++i) {
        QVERIFY(serial[i].contains(QString("M%1").arg(i).toUtf8()));
        QCOMPARE(parallel[i], serial[i]);
    }
}

void TestTemplateEngine::fullPages_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QVariantMap>("context");
    QTest::addColumn<QString>("h1");
    QTest::addColumn<int>("scripts");

    const QString postH1 = "<h1 class=\"post-title\">Idempotency Keys &amp; &lt;Retries&gt;</h1>";
    const QString homeH1 = "<h1 class=\"site-title\"><a href=\"/\">The Quiet Pager</a></h1>";
    QTest::newRow("post, everything") << "post" << postContext(true, "MARKER") << postH1 << 2;
    QTest::newRow("post, bare") << "post" << postContext(false, "MARKER") << postH1 << 0;
    QTest::newRow("home") << "list" << listContext("home", 1, "MARKER") << homeH1 << 0;
    QTest::newRow("home, page 2") << "list" << listContext("home", 2, "MARKER") << homeH1 << 0;
    QTest::newRow("category, last page")
        << "list" << listContext("category", 3, "MARKER") << "<h1 class=\"page-title\">Design</h1>" << 0;
    QTest::newRow("archive") << "archive" << archiveContext("MARKER")
                             << "<h1 class=\"page-title\">Archive</h1>" << 0;
    QTest::newRow("page") << "page" << pageContext("MARKER") << "<h1 class=\"post-title\">About</h1>" << 0;
    QTest::newRow("404") << "404" << notFoundContext() << "<h1 class=\"page-title\">Page not found</h1>" << 0;
}

void TestTemplateEngine::fullPages()
{
    QFETCH(QString, name);
    QFETCH(QVariantMap, context);
    QFETCH(QString, h1);
    QFETCH(int, scripts);

    const auto engine = TemplateEngine::create(Theme::load({}).value());
    QVERIFY(engine.ok());
    const auto output = engine.value()->render(name, context);
    QVERIFY2(output.ok(), errorText(output).constData());
    const QByteArray html = output.value();
    const QString text = QString::fromUtf8(html);

    const QVariantMap page = context["page"].toMap();
    checkStructure(html, page["canonical"].toString(), page["title"].toString(), scripts);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(text.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    QVERIFY2(text.contains(h1), qPrintable(text.left(3000)));
    if (name != "404")
        QVERIFY(text.contains("MARKER"));
    QCOMPARE(text.contains("<a href=\"/archive/\" aria-current=\"page\">"), name == "archive");
    for (const char *expected :
         {"<meta name=\"viewport\"", "<meta name=\"twitter:card\" content=\"summary",
          "<meta name=\"description\" content=\"Notes on &quot;retries&quot; &amp; &lt;backoff&gt;.\" />",
          "type=\"application/rss+xml\" title=\"The Quiet Pager (RSS)\" "
          "href=\"https://example.org/index.xml\"",
          "<link rel=\"stylesheet\" href=\"/assets/style.css?v=3f2a\" />"})
        QVERIFY2(text.contains(expected), expected);
    // No named entities but XML's own, so the page parses as XML and in every HTML parser.
    static const QRegularExpression entity("&([a-zA-Z][a-zA-Z0-9]*);");
    for (const auto &match : entity.globalMatch(text))
        QVERIFY2(QStringList({"amp", "lt", "gt", "quot"}).contains(match.captured(1)),
                 qPrintable(match.captured()));
    // No inline script: a strict Content-Security-Policy must work.
    static const QRegularExpression inlineScript("<script(?![^>]*\\bsrc=)[^>]*>");
    QVERIFY(!inlineScript.match(text).hasMatch());
}

void TestTemplateEngine::renderSpeed()
{
    const auto engine = TemplateEngine::create(Theme::load({}).value());
    QVERIFY(engine.ok());
    const QVariantMap context = postContext(true, "MARKER");
    QVERIFY(context["post"].toMap()["content_html"].toString().size() >= 20000);
    constexpr int kRenders = 5000;
    QElapsedTimer timer;
    timer.start();
    qsizetype bytes = 0;
    for (int i = 0; i < kRenders; ++i)
        bytes += engine.value()->render("post", context).value().size();
    const qint64 elapsed = timer.elapsed();
    qInfo("post.mustache rendered %d times (%lld bytes each) in %lld ms on one thread", kRenders,
          qint64(bytes / kRenders), elapsed);
    // The goal is well under 500 ms; the bound is loose so that a loaded CI machine does not flake.
    QVERIFY2(elapsed < 2500, qPrintable(QString("%1 ms").arg(elapsed)));
}

QTEST_GUILESS_MAIN(TestTemplateEngine)
#include "tst_templateengine.moc"
