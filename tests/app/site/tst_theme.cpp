#include "site/theme.h"
#include "testblog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace Postwright;
using Postwright::Test::TestBlog;

namespace {

// For QVERIFY2, which evaluates its message even when the check passes.
template<typename T>
QByteArray errorText(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toLocal8Bit();
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInTemplates_data();
    void builtInTemplates();
    void builtInAssets();
    void missingThemeFolder();
    void overrideTemplate();
    void extraTemplateAndNonTemplates();
    void overrideAsset();
    void fingerprint();
    void fingerprintChanges_data();
    void fingerprintChanges();
    void unknownNames();
    void unreadableOverride_data();
    void unreadableOverride();
};

void TestTheme::builtInTemplates_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name :
         {"post", "list", "archive", "page", "404", "partials/head", "partials/header", "partials/footer",
          "partials/post-item", "partials/pagination", "partials/article", "partials/post-nav"}) {
        QTest::newRow(name) << QString::fromLatin1(name);
    }
}

void TestTheme::builtInTemplates()
{
    QFETCH(QString, name);
    const auto theme = Theme::load({});
    QVERIFY2(theme.ok(), errorText(theme).constData());
    QVERIFY(theme.value().templateNames().contains(name));
    QVERIFY(theme.value().hasTemplate(name));
    const auto source = theme.value().templateSource(name);
    QVERIFY(source.ok());
    QVERIFY(!source.value().trimmed().isEmpty());
    QCOMPARE(theme.value().templateOrigin(name), "built-in theme: templates/" + name + ".mustache");
}

void TestTheme::builtInAssets()
{
    const auto theme = Theme::load({});
    QVERIFY(theme.ok());
    const auto &assets = theme.value().assets();
    QCOMPARE(assets.value("style.css"), ":/themes/default/assets/style.css");
    QVERIFY(assets.contains("highlight-init.js"));
    const auto css = theme.value().assetContent("style.css");
    QVERIFY(css.ok());
    QVERIFY(css.value().contains(".skip-link"));
    // Names are sorted so that errors and fingerprints come out the same on every run.
    QStringList sorted = theme.value().templateNames();
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(theme.value().templateNames(), sorted);
}

void TestTheme::missingThemeFolder()
{
    TestBlog blog;
    const auto withFolderPath = Theme::load(blog.path("theme"));
    QVERIFY2(withFolderPath.ok(), errorText(withFolderPath).constData());
    const auto builtIn = Theme::load({});
    QVERIFY(builtIn.ok());
    QCOMPARE(withFolderPath.value().templateNames(), builtIn.value().templateNames());
    QCOMPARE(withFolderPath.value().fingerprint(), builtIn.value().fingerprint());
}

void TestTheme::overrideTemplate()
{
    TestBlog blog;
    blog.write("theme/templates/post.mustache", "<p>{{post.title}}</p>\n");
    blog.write("theme/templates/partials/footer.mustache", "<footer>mine</footer>\n");
    const auto theme = Theme::load(blog.path("theme"));
    QVERIFY2(theme.ok(), errorText(theme).constData());
    QCOMPARE(theme.value().templateSource("post").value(), "<p>{{post.title}}</p>\n");
    QCOMPARE(theme.value().templateOrigin("post"), "theme/templates/post.mustache");
    QCOMPARE(theme.value().templateSource("partials/footer").value(), "<footer>mine</footer>\n");
    QCOMPARE(theme.value().templateOrigin("partials/footer"), "theme/templates/partials/footer.mustache");
    // Everything else still comes from the built-in theme.
    QCOMPARE(theme.value().templateOrigin("list"), "built-in theme: templates/list.mustache");
    QVERIFY(theme.value().templateSource("list").value().contains("post-list"));
}

void TestTheme::extraTemplateAndNonTemplates()
{
    TestBlog blog;
    blog.write("theme/templates/partials/newsletter.mustache", "<aside>Subscribe</aside>\n");
    blog.write("theme/templates/README.md", "notes\n");
    blog.write("theme/templates/.post.mustache.swp", "editor junk");
    const auto theme = Theme::load(blog.path("theme"));
    QVERIFY2(theme.ok(), errorText(theme).constData());
    QVERIFY(theme.value().templateNames().contains("partials/newsletter"));
    QVERIFY(!theme.value().templateNames().contains("README"));
    QVERIFY(!theme.value().templateNames().contains("README.md"));
    for (const QString &name : theme.value().templateNames())
        QVERIFY2(!name.startsWith('.'), qPrintable(name));
    QVERIFY(theme.value().templateNames().contains("post"));
}

void TestTheme::overrideAsset()
{
    TestBlog blog;
    const QString css = blog.write("theme/assets/style.css", "body { color: red; }\n");
    const QString logo =
        blog.write("theme/assets/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    const auto theme = Theme::load(blog.path("theme"));
    QVERIFY2(theme.ok(), errorText(theme).constData());
    const auto &assets = theme.value().assets();
    QCOMPARE(assets.value("style.css"), css);
    QCOMPARE(assets.value("img/logo.svg"), logo);
    QCOMPARE(assets.value("highlight-init.js"), ":/themes/default/assets/highlight-init.js");
    QCOMPARE(theme.value().assetContent("style.css").value(), "body { color: red; }\n");
    QVERIFY(theme.value().assetContent("highlight-init.js").value().contains("highlightAll"));
}

void TestTheme::fingerprint()
{
    const auto first = Theme::load({});
    const auto second = Theme::load({});
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first.value().fingerprint().size(), 64); // hex SHA-256
    QCOMPARE(first.value().fingerprint(), second.value().fingerprint());
}

void TestTheme::fingerprintChanges_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");

    QTest::newRow("template override")
        << "theme/templates/post.mustache" << QByteArray("<p>one</p>") << QByteArray("<p>two</p>");
    QTest::newRow("partial override") << "theme/templates/partials/head.mustache"
                                      << QByteArray("<head></head>") << QByteArray("<head> </head>");
    QTest::newRow("asset override") << "theme/assets/style.css" << QByteArray("a{}") << QByteArray("b{}");
    QTest::newRow("extra asset") << "theme/assets/fonts/x.woff2" << QByteArray("\x00\x01", 2)
                                 << QByteArray("\x00\x02", 2);
}

void TestTheme::fingerprintChanges()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);

    TestBlog blog;
    const QByteArray builtIn = Theme::load({}).value().fingerprint();
    blog.write(file, before);
    const QByteArray withBefore = Theme::load(blog.path("theme")).value().fingerprint();
    blog.write(file, after);
    const QByteArray withAfter = Theme::load(blog.path("theme")).value().fingerprint();
    blog.write(file, before);
    const QByteArray withBeforeAgain = Theme::load(blog.path("theme")).value().fingerprint();

    QVERIFY(withBefore != builtIn);
    QVERIFY(withAfter != withBefore);
    QCOMPARE(withBeforeAgain, withBefore);
}

void TestTheme::unknownNames()
{
    const auto theme = Theme::load({});
    QVERIFY(theme.ok());
    const auto missing = theme.value().templateSource("sidebar");
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains("sidebar"));
    const auto missingAsset = theme.value().assetContent("missing.css");
    QVERIFY(!missingAsset.ok());
    QVERIFY(missingAsset.error().message.contains("missing.css"));
}

void TestTheme::unreadableOverride_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("expectedFile");

    QTest::newRow("template is a broken link") << "templates/post.mustache"
                                               << "theme/templates/post.mustache";
    QTest::newRow("asset is a broken link") << "assets/style.css"
                                            << "theme/assets/style.css";
    QTest::newRow("template is not UTF-8") << ""
                                           << "theme/templates/page.mustache";
}

void TestTheme::unreadableOverride()
{
    QFETCH(QString, relative);
    QFETCH(QString, expectedFile);

    TestBlog blog;
    if (relative.isEmpty()) {
        blog.write("theme/templates/page.mustache", "<p>caf\xe9</p>"); // Latin-1
    } else {
        blog.write("theme/" + relative + ".target", "x");
        // Permission bits do not stop root, which the CI runs as; a dangling link fails for everyone.
        QVERIFY(QFile::link(blog.path("theme/" + relative + ".gone"), blog.path("theme/" + relative)));
    }
    const auto theme = Theme::load(blog.path("theme"));
    QVERIFY(!theme.ok());
    QCOMPARE(theme.error().file, expectedFile);
    QVERIFY(!theme.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestTheme)
#include "tst_theme.moc"
