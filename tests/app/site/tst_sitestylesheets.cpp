#include "blog/blogsettings.h"
#include "blog/sitelayout.h"
#include "blog/sitetoolsettings.h"
#include "site/externalbuild.h"
#include "site/sitestylesheets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Postwright;
using namespace Qt::StringLiterals;

using Files = QMap<QString, QString>;

// Which stylesheets the preview takes from a Hugo or Jekyll site, found the way the site's own
// pages find them; nothing outside the site, nothing remote, nothing that needs compiling.
class TstSiteStyleSheets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheSitesStyleSheets_data();
    void findsTheSitesStyleSheets();
    void builtInStyleFindsNothing();
    void parentPathsInSettingsAreRefused();
    void realHugoBuild();
    void realJekyllBuild();
    void linkedStyleSheets_data();
    void linkedStyleSheets();
    void outputPathFor_data();
    void outputPathFor();
};

namespace {

const QString hugoConfig = u"title = \"Site\"\nbaseURL = \"https://example.org/\"\n"_s;
const QString jekyllConfig = u"title: Site\nurl: https://example.org\n"_s;
const QString css = u"body { color: rgb(1, 2, 3); }\n"_s;

QString page(const QStringList &links)
{
    QString html = u"<!DOCTYPE html><html><head><title>T</title>\n"_s;
    for (const QString &link : links)
        html += link + u'\n';
    return html + u"</head><body><main><article>Hi</article></main></body></html>\n"_s;
}

QString stylesheet(const QString &href)
{
    return u"<link rel=\"stylesheet\" href=\"%1\">"_s.arg(href);
}

// Files of a site; "->target" makes a symbolic link (relative to the site's parent folder).
bool write(const QString &root, const Files &files)
{
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString path = QDir(root).filePath(it.key());
        if (!QDir().mkpath(QFileInfo(path).path()))
            return false;
        if (it.value().startsWith(u"->"_s)) {
            if (!QFile::link(QDir(root).filePath(u"../"_s + it.value().mid(2)), path))
                return false;
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(it.value().toUtf8());
    }
    return true;
}

QString originName(SiteStyleSheets::Origin origin)
{
    switch (origin) {
    case SiteStyleSheets::Origin::Configured:
        return u"configured"_s;
    case SiteStyleSheets::Origin::BuiltPage:
        return u"built"_s;
    case SiteStyleSheets::Origin::StaticFolder:
        return u"static"_s;
    case SiteStyleSheets::Origin::Theme:
        return u"theme"_s;
    case SiteStyleSheets::Origin::Assets:
        return u"assets"_s;
    case SiteStyleSheets::Origin::SiteFolder:
        return u"site"_s;
    }
    return {};
}

struct Site
{
    std::unique_ptr<QTemporaryDir> dir;
    SiteLayout layout;
    QString baseUrl;
    QString root() const { return layout.root; }
};

Site makeSite(const Files &files)
{
    Site site;
    site.dir = std::make_unique<QTemporaryDir>();
    const QString root = site.dir->filePath(u"site"_s);
    if (!site.dir->isValid() || !write(root, files))
        return site;
    // A file outside the site, for the links that try to reach it.
    QFile outside(site.dir->filePath(u"secret.css"_s));
    if (outside.open(QIODevice::WriteOnly))
        outside.write("body { background: red; }");
    site.layout = SiteLayout::detect(root);
    const Result<BlogSettings> settings = BlogSettings::load(site.layout);
    site.baseUrl = settings ? settings.value().baseUrl : QString();
    return site;
}

} // namespace

void TstSiteStyleSheets::findsTheSitesStyleSheets_data()
{
    QTest::addColumn<Files>("files");
    // "origin path (where it was found)", in the order the preview links them.
    QTest::addColumn<QStringList>("expected");
    // Where the preview looks files up, relative to the site, in order.
    QTest::addColumn<QStringList>("folders");
    QTest::addColumn<QString>("note"); // a note that must be there; empty: none at all

    const Files hugo{{u"hugo.toml"_s, hugoConfig}, {u"content/posts/a.md"_s, u"---\ntitle: A\n---\n"_s}};
    const Files jekyll{{u"_config.yml"_s, jekyllConfig},
                       {u"_posts/2026-01-01-a.md"_s, u"---\ntitle: A\n---\n"_s}};

    Files files = hugo;
    files.insert(u"static/css/site.css"_s, css);
    files.insert(u"static/css/main.scss"_s, u"$c: red; body { color: $c; }"_s);
    files.insert(u"static/css/readme.txt"_s, u"not css"_s);
    QTest::newRow("hugo static/css") << files << QStringList{u"static css/site.css (static/css)"_s}
                                     << QStringList{u"static"_s, u"."_s} << QString();

    files = hugo;
    files.insert(u"hugo.toml"_s, hugoConfig + u"theme = \"ananke\"\n"_s);
    files.insert(u"themes/ananke/static/css/main.css"_s, css);
    files.insert(u"themes/ananke/static/css/custom.css"_s, css);
    files.insert(u"themes/ananke/assets/css/theme.scss"_s, css);
    files.insert(u"themes/other/static/css/other.css"_s, css);
    files.insert(u"static/css/custom.css"_s, css); // replaces the theme's, as Hugo serves it
    QTest::newRow("hugo theme static/css")
        << files
        << QStringList{u"theme css/main.css (themes/ananke/static/css)"_s,
                       u"static css/custom.css (static/css)"_s}
        << QStringList{u"static"_s, u"themes/ananke/static"_s, u"."_s} << QString();

    files = hugo;
    files.remove(u"hugo.toml"_s);
    files.insert(u"hugo.yaml"_s, u"title: Site\nTheme: [base, extra]\n"_s);
    files.insert(u"themes/base/static/css/base.css"_s, css);
    files.insert(u"themes/extra/assets/css/extra.css"_s, css);
    QTest::newRow("hugo theme components (yaml)")
        << files
        << QStringList{u"theme css/base.css (themes/base/static/css)"_s,
                       u"theme themes/extra/assets/css/extra.css (themes/extra/assets/css)"_s}
        << QStringList{u"themes/base/static"_s, u"."_s} << QString();

    files = hugo;
    files.insert(u"assets/css/main.css"_s, css);
    files.insert(u"assets/css/vars.scss"_s, css);
    QTest::newRow("hugo assets/css unprocessed")
        << files << QStringList{u"assets assets/css/main.css (assets/css)"_s} << QStringList{u"."_s}
        << QString();

    files = hugo;
    files.insert(u"static/css/site.css"_s, css); // the build's page wins over the plain files
    files.insert(
        u"public/index.html"_s,
        page({stylesheet(u"/css/main.css"_s), stylesheet(u"https://fonts.example.com/css?family=Serif"_s),
              stylesheet(u"https://example.org/css/extra.css?v=2"_s),
              u"<link rel=\"stylesheet\" media=\"print\" href=\"/css/print.css\">"_s,
              u"<link rel=\"alternate stylesheet\" href=\"/css/dark.css\">"_s,
              u"<link rel=\"preload\" as=\"style\" href=\"/css/late.css\">"_s}));
    for (const QString &name : {u"main"_s, u"extra"_s, u"print"_s, u"dark"_s, u"late"_s})
        files.insert(u"public/css/%1.css"_s.arg(name), css);
    QTest::newRow("hugo built public/index.html")
        << files
        << QStringList{u"built css/main.css (public/index.html)"_s,
                       u"built css/extra.css (public/index.html)"_s}
        << QStringList{u"public"_s} << u"https://fonts.example.com/css?family=Serif"_s;

    files = hugo;
    files.insert(u"public/index.html"_s, page({stylesheet(u"/css/home.css"_s)}));
    files.insert(u"public/posts/hello/index.html"_s, page({stylesheet(u"../../css/post.css"_s)}));
    files.insert(u"public/css/home.css"_s, css);
    files.insert(u"public/css/post.css"_s, css);
    QTest::newRow("hugo post page preferred, relative href")
        << files << QStringList{u"built css/post.css (public/posts/hello/index.html)"_s}
        << QStringList{u"public"_s} << QString();

    files = hugo;
    files.insert(u"hugo.toml"_s, u"baseURL = \"https://example.org/blog/\"\npublishDir = \"out\"\n"_s);
    files.insert(u"out/index.html"_s, page({stylesheet(u"/blog/css/a.css"_s),
                                            stylesheet(u"https://EXAMPLE.org/blog/css/b.css"_s)}));
    files.insert(u"out/css/a.css"_s, css);
    files.insert(u"out/css/b.css"_s, css);
    QTest::newRow("hugo baseURL path and publishDir")
        << files << QStringList{u"built css/a.css (out/index.html)"_s, u"built css/b.css (out/index.html)"_s}
        << QStringList{u"out"_s} << QString();

    files = hugo;
    files.insert(u"static/css/site.css"_s, css);
    files.insert(u"public/index.html"_s,
                 page({stylesheet(u"https://cdn.example.net/x.css"_s), stylesheet(u"/css/gone.css"_s)}));
    QTest::newRow("hugo build without local css: plain files")
        << files << QStringList{u"static css/site.css (static/css)"_s} << QStringList{u"static"_s, u"."_s}
        << QString();

    files = hugo;
    files.insert(u"static/css/ok.css"_s, css);
    files.insert(u"static/css/evil.css"_s, u"->secret.css"_s);
    files.insert(u"public/index.html"_s, page({stylesheet(u"/css/evil.css"_s)}));
    files.insert(u"public/css/evil.css"_s, u"->secret.css"_s);
    QTest::newRow("symlinks out of the site") << files << QStringList{u"static css/ok.css (static/css)"_s}
                                              << QStringList{u"static"_s, u"."_s} << QString();

    files = jekyll;
    files.insert(u"assets/main.scss"_s, u"---\n---\n@import \"minima\";\n"_s);
    files.insert(u"_site/index.html"_s, page({stylesheet(u"/assets/main.css"_s)}));
    files.insert(u"_site/assets/main.css"_s, css);
    QTest::newRow("jekyll built _site/index.html")
        << files << QStringList{u"built assets/main.css (_site/index.html)"_s} << QStringList{u"_site"_s}
        << QString();

    files = jekyll;
    files.insert(u"_config.yml"_s, jekyllConfig + u"destination: build/site\n"_s);
    files.insert(u"build/site/2026/01/01/a.html"_s, page({stylesheet(u"/css/post.css"_s)}));
    files.insert(u"build/site/index.html"_s, page({stylesheet(u"/css/home.css"_s)}));
    files.insert(u"build/site/css/post.css"_s, css);
    files.insert(u"build/site/css/home.css"_s, css);
    QTest::newRow("jekyll dated post page, destination")
        << files << QStringList{u"built css/post.css (build/site/2026/01/01/a.html)"_s}
        << QStringList{u"build/site"_s} << QString();

    files = jekyll;
    files.insert(u"assets/main.scss"_s, u"---\n---\n@import \"minima\";\n"_s); // only CSS after a build
    files.insert(u"assets/css/style.css"_s, css);
    files.insert(u"assets/css/liquid.css"_s, u"---\n---\nbody { color: {{ site.color }}; }\n"_s);
    files.insert(u"css/old.css"_s, css);
    QTest::newRow("jekyll plain css")
        << files << QStringList{u"assets assets/css/style.css (assets/css)"_s, u"site css/old.css (css)"_s}
        << QStringList{u"."_s} << QString();

    files = hugo;
    files.insert(u"postwright.yaml"_s, u"preview:\n  css: [css/custom.css, theme.css, css/main.css]\n"_s);
    files.insert(u"static/css/custom.css"_s, css); // static/ is served at the site's root
    files.insert(u"public/theme.css"_s, css);
    files.insert(u"css/main.css"_s, css); // the root comes first
    files.insert(u"static/css/main.css"_s, css);
    files.insert(u"static/css/other.css"_s, css); // not named: not used
    QTest::newRow("css: configured") << files
                                     << QStringList{u"configured css/custom.css (postwright.yaml)"_s,
                                                    u"configured theme.css (postwright.yaml)"_s,
                                                    u"configured css/main.css (postwright.yaml)"_s}
                                     << QStringList{u"."_s, u"static"_s, u"public"_s} << QString();

    files = hugo;
    files.insert(u"postwright.yaml"_s, u"preview:\n  css: missing.css\n"_s);
    files.insert(u"static/css/site.css"_s, css); // configured means only those
    QTest::newRow("css: configured but missing")
        << files << QStringList() << QStringList() << u"missing.css"_s;

    files = {{u"blog.yaml"_s, u"title: Native\n"_s}, {u"static/css/x.css"_s, css}};
    QTest::newRow("native blog: its theme") << files << QStringList() << QStringList() << QString();

    files = hugo;
    QTest::newRow("hugo without css") << files << QStringList() << QStringList() << QString();
}

void TstSiteStyleSheets::findsTheSitesStyleSheets()
{
    QFETCH(Files, files);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, folders);
    QFETCH(QString, note);

    const Site site = makeSite(files);
    QVERIFY(site.layout.isValid());
    const Result<SiteToolSettings> tools = SiteToolSettings::load(site.layout);
    QVERIFY2(tools, qPrintable(tools ? QString() : tools.error().toString()));
    const SiteStyleSheets found = SiteStyleSheets::find(site.layout, site.baseUrl, tools.value());

    const QString root = QFileInfo(site.root()).canonicalFilePath();
    QStringList actual;
    for (const SiteStyleSheets::Sheet &sheet : found.sheets()) {
        actual.append(u"%1 %2 (%3)"_s.arg(originName(sheet.origin), sheet.urlPath, sheet.foundIn));
        // Every sheet is a file inside the site, and the folder it is served from holds it.
        QVERIFY2(sheet.filePath.startsWith(root + u'/'), qPrintable(sheet.filePath));
        QVERIFY(found.folders().contains(sheet.folder));
        // Looked up through the folders in order, as the preview's scheme does, a sheet's path
        // finds the sheet itself and not another file of the same name.
        QString first;
        for (const QString &folder : found.folders()) {
            first = QFileInfo(QDir(folder).filePath(sheet.urlPath)).canonicalFilePath();
            if (!first.isEmpty())
                break;
        }
        QCOMPARE(first, sheet.filePath);
    }
    QCOMPARE(actual, expected);
    QCOMPARE(found.isEmpty(), expected.isEmpty());

    QStringList actualFolders;
    for (const QString &folder : found.folders()) {
        const QString relative = QDir(root).relativeFilePath(folder);
        actualFolders.append(relative.isEmpty() ? u"."_s : relative);
    }
    QCOMPARE(actualFolders, folders);

    if (note.isEmpty()) {
        QVERIFY2(found.notes().isEmpty(), qPrintable(found.notes().join(u" | ")));
    } else {
        QVERIFY2(std::any_of(found.notes().begin(), found.notes().end(),
                             [&](const QString &n) { return n.contains(note); }),
                 qPrintable(found.notes().join(u" | ")));
    }
}

void TstSiteStyleSheets::builtInStyleFindsNothing()
{
    const Site site = makeSite({{u"hugo.toml"_s, hugoConfig},
                                {u"content/posts/a.md"_s, u"# A\n"_s},
                                {u"static/css/site.css"_s, css},
                                {u"postwright.yaml"_s, u"preview:\n  style: builtin\n"_s}});
    const Result<SiteToolSettings> tools = SiteToolSettings::load(site.layout);
    QVERIFY(tools);
    QCOMPARE(tools.value().previewStyle, SiteToolSettings::PreviewStyle::BuiltIn);
    QVERIFY(SiteStyleSheets::find(site.layout, site.baseUrl, tools.value()).isEmpty());
    // The View menu may still turn the site's style on: discover() says what there is.
    const SiteStyleSheets there =
        SiteStyleSheets::discover(site.layout, site.baseUrl, tools.value().previewCss);
    QCOMPARE(there.sheets().size(), 1);
    QCOMPARE(there.sheets().first().urlPath, u"css/site.css"_s);
}

void TstSiteStyleSheets::parentPathsInSettingsAreRefused()
{
    const Site site = makeSite({{u"hugo.toml"_s, hugoConfig},
                                {u"content/posts/a.md"_s, u"# A\n"_s},
                                {u"postwright.yaml"_s, u"preview:\n  css: ../../etc/passwd\n"_s}});
    // The settings refuse it…
    const Result<SiteToolSettings> tools = SiteToolSettings::load(site.layout);
    QVERIFY(!tools);
    QVERIFY(tools.error().message.contains(u"../../etc/passwd"_s));
    // …and so does the search, whoever hands it such a path.
    for (const QString &path : {u"../secret.css"_s, u"css/../../secret.css"_s, u"/etc/passwd"_s, u".."_s}) {
        const SiteStyleSheets found = SiteStyleSheets::discover(site.layout, site.baseUrl, {path});
        QVERIFY2(found.isEmpty(), qPrintable(path));
        QCOMPARE(found.notes().size(), 1);
    }
}

void TstSiteStyleSheets::realHugoBuild()
{
    // What Debian's hugo writes: an absURL and a fingerprinted, minified resource from assets/.
    if (QStandardPaths::findExecutable(u"hugo"_s).isEmpty())
        QSKIP("hugo is not installed (Debian package hugo)");
    const QString head = uR"(<!DOCTYPE html><html><head>
<link rel="stylesheet" href="{{ "css/main.css" | absURL }}">
{{ $extra := resources.Get "css/extra.css" | minify | fingerprint }}
<link rel="stylesheet" href="{{ $extra.RelPermalink }}">
<link rel="stylesheet" href="https://fonts.example.com/css2?family=Serif">
</head><body>{{ block "main" . }}{{ end }}</body></html>
)"_s;
    const Site site = makeSite(
        {{u"hugo.toml"_s, hugoConfig + u"disableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\"]\n"_s},
         {u"content/posts/hello.md"_s, u"---\ntitle: Hello\ndate: 2026-01-01\n---\n\nWords.\n"_s},
         {u"layouts/_default/baseof.html"_s, head},
         {u"layouts/_default/single.html"_s, u"{{ define \"main\" }}{{ .Content }}{{ end }}"_s},
         {u"layouts/_default/list.html"_s, u"{{ define \"main\" }}list{{ end }}"_s},
         {u"layouts/index.html"_s, u"{{ define \"main\" }}home{{ end }}"_s},
         {u"static/css/main.css"_s, css},
         {u"assets/css/extra.css"_s, u"p {  margin: 0;  }\n"_s}});
    ExternalBuildOptions options;
    options.generator = ExternalBuild::Generator::Hugo;
    options.siteRoot = site.root();
    ExternalBuild build;
    const BuildReport report = build.run(options);
    QVERIFY2(
        !report.failed(true),
        qPrintable(build.report().errors.isEmpty() ? QString() : build.report().errors.first().toString()));

    const SiteStyleSheets found = SiteStyleSheets::find(site.layout, site.baseUrl, {});
    QCOMPARE(found.sheets().size(), 2);
    const SiteStyleSheets::Sheet &main = found.sheets().at(0);
    const SiteStyleSheets::Sheet &extra = found.sheets().at(1);
    QCOMPARE(main.origin, SiteStyleSheets::Origin::BuiltPage);
    QCOMPARE(main.urlPath, u"css/main.css"_s);
    QCOMPARE(main.foundIn, u"public/posts/hello/index.html"_s);
    QVERIFY2(extra.urlPath.startsWith(u"css/extra.min."_s) && extra.urlPath.endsWith(u".css"_s),
             qPrintable(extra.urlPath));
    QCOMPARE(found.folders(), QStringList{QFileInfo(site.root() + u"/public"_s).canonicalFilePath()});
    QCOMPARE(found.notes().size(), 1); // the web font service's stylesheet, left out
}

void TstSiteStyleSheets::realJekyllBuild()
{
    // Debian's jekyll with its minima theme: assets/main.scss becomes _site/assets/main.css.
    if (QStandardPaths::findExecutable(u"jekyll"_s).isEmpty())
        QSKIP("jekyll is not installed (Debian package jekyll)");
    const Site site =
        makeSite({{u"_config.yml"_s, jekyllConfig + u"theme: minima\n"_s},
                  {u"_posts/2026-01-01-hello.md"_s, u"---\nlayout: post\ntitle: Hello\n---\n\nWords.\n"_s},
                  {u"index.md"_s, u"---\nlayout: home\n---\n"_s}});
    QVERIFY(site.layout.kind == SiteKind::Jekyll);
    // Before the build there is only SCSS: nothing the preview can use.
    QVERIFY(SiteStyleSheets::find(site.layout, site.baseUrl, {}).isEmpty());
    ExternalBuildOptions options;
    options.generator = ExternalBuild::Generator::Jekyll;
    options.siteRoot = site.root();
    ExternalBuild build;
    const BuildReport report = build.run(options);
    if (report.failed(true))
        QSKIP(qPrintable(u"jekyll could not build with minima here: "_s +
                         (report.errors.isEmpty() ? QString() : report.errors.first().toString())));

    const SiteStyleSheets found = SiteStyleSheets::find(site.layout, site.baseUrl, {});
    QCOMPARE(found.sheets().size(), 1);
    QCOMPARE(found.sheets().first().origin, SiteStyleSheets::Origin::BuiltPage);
    QCOMPARE(found.sheets().first().urlPath, u"assets/main.css"_s);
    QCOMPARE(found.sheets().first().foundIn, u"_site/2026/01/01/hello.html"_s);
}

void TstSiteStyleSheets::linkedStyleSheets_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("hrefs");
    QTest::newRow("order kept") << page({stylesheet(u"/a.css"_s), stylesheet(u"b.css"_s)})
                                << QStringList{u"/a.css"_s, u"b.css"_s};
    QTest::newRow("rel tokens, any case")
        << u"<link REL=\"Stylesheet preload\" href=\"/a.css\">"_s << QStringList{u"/a.css"_s};
    QTest::newRow("alternate left out")
        << u"<link rel=\"alternate stylesheet\" href=\"/a.css\">"_s << QStringList();
    QTest::newRow("print left out, screen kept")
        << u"<link rel=stylesheet media=print href=/p.css><link rel=stylesheet media=\"screen, print\" href=/s.css>"_s
        << QStringList{u"/s.css"_s};
    QTest::newRow("no href") << u"<link rel=\"stylesheet\">"_s << QStringList();
    QTest::newRow("in body too") << u"<p>x</p><link rel=stylesheet href=\" /late.css \">"_s
                                 << QStringList{u"/late.css"_s};
    QTest::newRow("not in comments or scripts")
        << u"<!-- <link rel=stylesheet href=/c.css> --><script>'<link rel=stylesheet href=/s.css>'</script>"_s
        << QStringList();
    QString deep;
    for (int i = 0; i < 5000; ++i)
        deep += u"<div>"_s;
    QTest::newRow("deeply nested") << deep + stylesheet(u"/deep.css"_s) << QStringList{u"/deep.css"_s};
}

void TstSiteStyleSheets::linkedStyleSheets()
{
    QFETCH(QString, html);
    QFETCH(QStringList, hrefs);
    QCOMPARE(SiteStyleSheets::linkedStyleSheets(html.toUtf8()), hrefs);
}

void TstSiteStyleSheets::outputPathFor_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("path");
    const QString base = u"https://example.org/"_s;
    QTest::newRow("site-absolute") << u"/css/main.css"_s << u"index.html"_s << base << u"css/main.css"_s;
    QTest::newRow("baseURL") << u"https://example.org/css/main.css"_s << u"index.html"_s << base
                             << u"css/main.css"_s;
    QTest::newRow("baseURL, http") << u"http://example.org/css/main.css"_s << u"index.html"_s << base
                                   << u"css/main.css"_s;
    QTest::newRow("protocol-relative")
        << u"//example.org/css/m.css"_s << u"index.html"_s << base << u"css/m.css"_s;
    QTest::newRow("query and fragment") << u"/css/m.css?v=3#x"_s << u"index.html"_s << base << u"css/m.css"_s;
    QTest::newRow("encoded") << u"/css/my%20site.css"_s << u"index.html"_s << base << u"css/my site.css"_s;
    QTest::newRow("relative") << u"../../css/m.css"_s << u"posts/a/index.html"_s << base << u"css/m.css"_s;
    QTest::newRow("relative beside") << u"style.css"_s << u"posts/a/index.html"_s << base
                                     << u"posts/a/style.css"_s;
    QTest::newRow("relative too far up")
        << u"../../../../m.css"_s << u"posts/a/index.html"_s << base << u"m.css"_s;
    QTest::newRow("base path") << u"/blog/css/m.css"_s << u"index.html"_s << u"https://example.org/blog"_s
                               << u"css/m.css"_s;
    QTest::newRow("base path absolute") << u"https://example.org/blog/css/m.css"_s << u"index.html"_s
                                        << u"https://example.org/blog/"_s << u"css/m.css"_s;
    QTest::newRow("other host") << u"https://cdn.example.net/css/m.css"_s << u"index.html"_s << base
                                << QString();
    QTest::newRow("no baseURL, absolute")
        << u"https://example.org/css/m.css"_s << u"index.html"_s << QString() << QString();
    QTest::newRow("data") << u"data:text/css,body{}"_s << u"index.html"_s << base << QString();
    QTest::newRow("file") << u"file:///etc/passwd"_s << u"index.html"_s << base << QString();
    QTest::newRow("dot-dot") << u"/../etc/passwd"_s << u"index.html"_s << base << QString();
    QTest::newRow("root") << u"/"_s << u"index.html"_s << base << QString();
}

void TstSiteStyleSheets::outputPathFor()
{
    QFETCH(QString, href);
    QFETCH(QString, page);
    QFETCH(QString, baseUrl);
    QFETCH(QString, path);
    QCOMPARE(SiteStyleSheets::outputPathFor(href, page, baseUrl), path);
}

QTEST_GUILESS_MAIN(TstSiteStyleSheets)

#include "tst_sitestylesheets.moc"
