// Postwright's composition root: parses the command line, builds the application and its
// services, picks the blog to open and shows the main window. The only place that may hold
// application-wide singletons.

#include "blog/blog.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/welcomedialog.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/sampleblog.h"
#include "mainwindow/uilanguage.h"
#include "mainwindow/uisettings.h"
#include "preview/previewview.h"
#include "util/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

#include <unistd.h>

#include <cstdio>
#include <cstring>

namespace {

using namespace Postwright;

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Postwright"));
    QCoreApplication::setApplicationName(QStringLiteral("Postwright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POSTWRIGHT_VERSION));
}

void setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Write blog posts in Markdown and preview them in the blog's theme."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("blog"),
        QCoreApplication::translate("main", "The blog folder to open (default: the last one)."),
        QStringLiteral("[blog]"));
    parser.addPositionalArgument(
        QStringLiteral("post"),
        QCoreApplication::translate("main", "A post in that blog to open (default: the newest)."),
        QStringLiteral("[post]"));
}

// True when the command line only asks for information: answering must not need a display
// (packaging scripts and CI run `postwright --version` on headless machines).
bool isInformationRequest(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"--version", "-v", "--help", "-h", "-?", "--help-all"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

int answerInformationRequest(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationInfo();
    Translations::installUi(UiLanguage::chosen());
    QCommandLineParser parser;
    setUpParser(parser);
    // parse(), not process(): process() would print "Postwright 0.1.0", and scripts expect the
    // command's own name.
    if (parser.parse(app.arguments()) && parser.isSet(QStringLiteral("version"))) {
        std::printf("postwright %s\n", POSTWRIGHT_VERSION);
        return 0;
    }
    parser.process(app); // --help, --help-all and errors: prints and exits
    parser.showHelp(0);
}

QString sampleBlogOrWarn()
{
    Result<QString> sample = SampleBlog::install();
    if (!sample) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "Postwright"),
            QCoreApplication::translate("main", "The sample blog could not be created:\n\n%1")
                .arg(sample.error().toString()));
        return {};
    }
    return sample.value();
}

} // namespace

int main(int argc, char *argv[])
{
    if (isInformationRequest(argc, argv))
        return answerInformationRequest(argc, argv);

    // Chromium (inside Qt WebEngine) refuses to start its sandbox as root. The preview page is
    // sealed by its own settings, navigation filter and CSP (see ui/preview), so as root it runs
    // without the sandbox rather than not at all.
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // required by Qt WebEngine
    PreviewView::registerUrlSchemes();

    QApplication app(argc, argv);
    setApplicationInfo();

    // The interface in the language chosen in Settings, else the system's: our strings from the
    // translations compiled into the core (translations/*.ts -> ":/i18n"), Qt's from the system.
    Translations::installUi(UiLanguage::chosen());
    QApplication::setApplicationDisplayName(QStringLiteral("Postwright"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.postwright.Postwright"));
    QApplication::setWindowIcon(AboutDialog::applicationIcon());

    QCommandLineParser parser;
    setUpParser(parser);
    parser.process(app);

    // Which blog: the one named on the command line, else the last one opened, else (first run)
    // the bundled sample blog, copied somewhere writable.
    UiSettings settings;
    QString blogPath = parser.positionalArguments().value(0);
    const bool explicitBlog = !blogPath.isEmpty();
    // A file names the blog around it: the desktop entry passes a blog.yaml (its MIME type) or
    // whatever file a file manager was asked to open with Postwright (hugo.toml, _config.yml...).
    if (const QFileInfo given(blogPath); given.isFile())
        blogPath = given.absolutePath();
    const bool firstRun = settings.lastBlogPath().isEmpty();
    if (blogPath.isEmpty())
        blogPath = settings.lastBlogPath();
    if (blogPath.isEmpty())
        blogPath = sampleBlogOrWarn();

    Postwright::MainWindow window;
    Result<void> opened = blogPath.isEmpty() ? Result<void>() : window.openBlog(blogPath);
    window.show(); // before any message, so the message sits on the window
    if (!opened) {
        QMessageBox box(
            QMessageBox::Warning, QCoreApplication::translate("main", "Could Not Open Blog"),
            explicitBlog ? QCoreApplication::translate("main", "The blog at %1 could not be opened.")
                               .arg(QDir::toNativeSeparators(blogPath))
                         : QCoreApplication::translate("main", "The last blog you used could not be opened."),
            QMessageBox::Ok, &window);
        box.setInformativeText(
            QCoreApplication::translate("main", "%1\n\nPostwright opens the sample blog instead.")
                .arg(opened.error().toString()));
        box.exec();
        if (const QString sample = sampleBlogOrWarn(); !sample.isEmpty()) {
            if (Result<void> fallback = window.openBlog(sample); !fallback)
                QMessageBox::critical(&window, QCoreApplication::translate("main", "Could Not Open Blog"),
                                      fallback.error().toString());
        }
    }
    if (const QString post = parser.positionalArguments().value(1);
        !post.isEmpty() && !window.blogRoot().isEmpty())
        window.openPost(QDir(window.blogRoot()).absoluteFilePath(post));
    // The welcome on the first run (or when the writer asked for it), over the window once it is
    // on screen; never when the command line names a blog, so scripts and tests start unattended.
    if (WelcomeDialog::shouldShowAtStartup(firstRun, explicitBlog))
        QTimer::singleShot(0, &window, &MainWindow::showWelcome);
    return app.exec();
}
