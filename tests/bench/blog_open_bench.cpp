// Blog open and tree filter benchmark (not a test): opens a generated 5,000-post blog in the real
// window, without the index cache (cold) and with it (warm), and types a query into the post
// tree's filter field. In the same run, the references: the cold open for the warm one, and a
// naive filter (QSortFilterProxyModel, recursive, fixed string on the title; the panel's old
// code) for the keystrokes.
//
//   build/tests/bench/blog_open_bench [--posts 5000] [--runs 5] [--query TEXT] [--corpus DIR] [--drop-caches]
//
// Under Xvfb: xvfb-run -a -s "-screen 0 1600x1000x24" build/tests/bench/blog_open_bench.
// See tests/bench/README.md.

#include "blog/blogindex.h"
#include "blog/indexcache.h"
#include "blog/postfilterproxymodel.h"
#include "blog/posttreemodel.h"
#include "mainwindow/mainwindow.h"
#include "posttree/posttreepanel.h"
#include "posttree/posttreeview.h"
#include "uitestfixture.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>
#include <memory>

#include <unistd.h>

using namespace Postwright;

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

double maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

double ms(const QElapsedTimer &clock, qint64 startNs)
{
    return (clock.nsecsElapsed() - startNs) / 1e6;
}

// Notes when a widget receives a paint event.
class PaintProbe final : public QObject
{
public:
    explicit PaintProbe(QWidget *widget) { widget->installEventFilter(this); }
    bool painted = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

// Runs the event loop until the probe saw a paint (the paint itself finishes inside the same
// processEvents() call) or the time is up; false when nothing was painted.
bool waitForPaint(PaintProbe &probe, int timeoutMs = 2000)
{
    QElapsedTimer waited;
    waited.start();
    while (!probe.painted && waited.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    return probe.painted;
}

bool dropCaches()
{
    if (geteuid() != 0)
        return false;
    ::sync();
    QFile control(QStringLiteral("/proc/sys/vm/drop_caches"));
    return control.open(QIODevice::WriteOnly) && control.write("3\n") == 2;
}

struct OpenRun
{
    double treeReady = 0;  // openBlog() called -> the tree view has its rows (index, model, layout)
    double openBlog = 0;   // openBlog() returned (also loaded the newest post into editor and preview)
    double treePainted = 0; // -> the tree's first paint after that: what the writer sees
    BlogIndex::LoadStats stats;
};

OpenRun openOnce(const QString &blogPath)
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "warning: the window was not exposed\n");
    QTest::qWait(50);

    QWidget *viewport = window.postTree()->view()->viewport();
    PaintProbe probe(viewport);
    QElapsedTimer clock;
    OpenRun run;
    // Connected after the view's own handlers, so this runs once the view laid the rows out.
    QMetaObject::Connection ready = QObject::connect(window.postTree()->proxyModel(), &QAbstractItemModel::modelReset,
                                                     &window, [&] {
                                                         if (window.postTree()->view()->model()->rowCount() > 0)
                                                             run.treeReady = ms(clock, 0);
                                                     });
    probe.painted = false;
    clock.start();
    if (Result<void> opened = window.openBlog(blogPath); !opened)
        qFatal("cannot open %s: %s", qPrintable(blogPath), qPrintable(opened.error().toString()));
    run.openBlog = ms(clock, 0);
    probe.painted = false; // only a paint after the tree has its rows counts
    if (!waitForPaint(probe))
        std::fprintf(stderr, "warning: the tree was not painted\n");
    run.treePainted = ms(clock, 0);
    QObject::disconnect(ready);
    run.stats = window.blogIndex()->lastLoad();
    QTest::qWait(300); // let the preview settle before the window goes
    return run;
}

struct KeyRun
{
    QList<double> updated; // key -> proxy updated (synchronous in both)
    QList<double> painted; // key -> tree repainted, when the key changed what it shows
};

// Types text into the field one key at a time, then Esc (ours) or select-all + Delete (naive).
void typeQuery(QLineEdit *field, QWidget *viewport, const QString &text, bool escClears, KeyRun &out)
{
    PaintProbe probe(viewport);
    field->setFocus();
    QElapsedTimer clock;
    clock.start();
    const auto measure = [&](const std::function<void()> &key) {
        waitForPaint(probe, 50); // earlier paints out of the way
        probe.painted = false;
        const qint64 start = clock.nsecsElapsed();
        key();
        out.updated.append(ms(clock, start));
        if (waitForPaint(probe, 500))
            out.painted.append(ms(clock, start));
    };
    for (const QChar c : text)
        measure([&] { QTest::keyClicks(field, QString(c)); });
    if (escClears)
        measure([&] { QTest::keyClick(field, Qt::Key_Escape); });
    else
        measure([&] {
            QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClick(field, Qt::Key_Delete);
        });
    if (!field->text().isEmpty())
        std::fprintf(stderr, "warning: the filter field was not cleared\n");
}

} // namespace

int main(int argc, char *argv[])
{
    Postwright::Test::prepareGuiTestEnvironment(); // as the GUI tests and ui/main.cpp do
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Opening a large blog (cold and warm) and filtering its post tree."));
    parser.addHelpOption();
    const QCommandLineOption postsOption(QStringLiteral("posts"), QStringLiteral("Corpus size."), QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each measurement."), QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption queryOption(QStringLiteral("query"), QStringLiteral("Typed into the filter, one key at a time."),
                                         QStringLiteral("TEXT"), QStringLiteral("kafka production tag:redis"));
    const QCommandLineOption corpusOption(QStringLiteral("corpus"), QStringLiteral("Use this blog instead of generating one (its .postwright/index.cache is deleted)."), QStringLiteral("DIR"));
    const QCommandLineOption scriptOption(QStringLiteral("corpus-script"), QStringLiteral("Corpus generator."), QStringLiteral("PATH"),
                                          QStringLiteral(POSTWRIGHT_SOURCE_DIR "/../shared/bench/make_corpus.py"));
    const QCommandLineOption dropOption(QStringLiteral("drop-caches"), QStringLiteral("Drop the page cache before each cold open (root only)."));
    parser.addOptions({postsOption, runsOption, queryOption, corpusOption, scriptOption, dropOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString query = parser.value(queryOption);
    const bool drop = parser.isSet(dropOption);

    QTemporaryDir work;
    QString blog = parser.value(corpusOption);
    if (blog.isEmpty()) {
        blog = work.filePath(QStringLiteral("blog"));
        QElapsedTimer generating;
        generating.start();
        const int exit = QProcess::execute(QStringLiteral("python3"), {parser.value(scriptOption), blog, QStringLiteral("--posts"), parser.value(postsOption)});
        if (exit != 0)
            qFatal("make_corpus.py failed (%d)", exit);
        std::fprintf(stderr, "corpus: %s posts in %s (%.1f s)\n", qPrintable(parser.value(postsOption)), qPrintable(blog),
                     generating.elapsed() / 1000.0);
    }
    const QString cacheFile = IndexCache::filePath(QDir(blog).filePath(QStringLiteral(".postwright")));
    if (drop && geteuid() != 0)
        std::fprintf(stderr, "warning: --drop-caches needs root; the page cache stays warm\n");

    // One untimed open: WebEngine, fonts and the code pages are loaded once per process.
    QFile::remove(cacheFile);
    openOnce(blog);

    QList<double> coldReady, coldPainted, coldTotal, warmReady, warmPainted, warmTotal;
    for (int run = 0; run < runs; ++run) {
        QFile::remove(cacheFile);
        if (drop)
            dropCaches();
        const OpenRun cold = openOnce(blog);
        const OpenRun warm = openOnce(blog);
        std::fprintf(stderr, "run %d: cold %.0f / %.0f / %.0f ms (%d parsed), warm %.0f / %.0f / %.0f ms (%d from cache, %d parsed)\n",
                     run + 1, cold.treeReady, cold.treePainted, cold.openBlog, cold.stats.parsed, warm.treeReady,
                     warm.treePainted, warm.openBlog, warm.stats.fromCache, warm.stats.parsed);
        coldReady << cold.treeReady;
        coldPainted << cold.treePainted;
        coldTotal << cold.openBlog;
        warmReady << warm.treeReady;
        warmPainted << warm.treePainted;
        warmTotal << warm.openBlog;
    }

    // Filtering: ours in the real window; the naive filter over the same tree model, shown in
    // the same kind of view beside it.
    KeyRun ours, oursInWindow, naive;
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window) || !window.openBlog(blog))
            qFatal("cannot show the window with the blog");
        QTest::qWait(300);

        QWidget naivePanel;
        auto *naiveField = new QLineEdit(&naivePanel);
        auto *naiveView = new PostTreeView(&naivePanel);
        auto *layout = new QVBoxLayout(&naivePanel);
        layout->addWidget(naiveField);
        layout->addWidget(naiveView);
        PostTreeModel naiveModel(window.blogIndex());
        QSortFilterProxyModel naiveProxy;
        naiveProxy.setFilterRole(PostTreeModel::TitleRole);
        naiveProxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        naiveProxy.setRecursiveFilteringEnabled(true);
        naiveProxy.setAutoAcceptChildRows(true);
        naiveProxy.setSourceModel(&naiveModel);
        naiveView->setModel(&naiveProxy);
        QObject::connect(naiveField, &QLineEdit::textChanged, naiveView, [&](const QString &text) {
            naiveProxy.setFilterFixedString(text);
            naiveView->expandAll();
        });
        naivePanel.resize(300, 800);
        naivePanel.show();
        // Ours alike: the real panel alone in a window of the same size, so that the repaint
        // columns compare the filters, not the main window (whose every repaint composites the
        // WebEngine preview, slow on Xvfb's software GL).
        PostTreeModel oursModel(window.blogIndex());
        PostTreePanel oursPanel;
        oursPanel.setSourceModel(&oursModel);
        oursPanel.resize(300, 800);
        oursPanel.show();
        if (!QTest::qWaitForWindowExposed(&naivePanel) || !QTest::qWaitForWindowExposed(&oursPanel))
            std::fprintf(stderr, "warning: a panel was not exposed\n");

        const auto list = [](const QList<double> &values, qsizetype from) {
            QStringList shown;
            for (qsizetype i = from; i < values.size(); ++i)
                shown << QString::number(values.at(i), 'f', 1);
            return shown.join(u' ');
        };
        for (int run = 0; run < runs; ++run) {
            const qsizetype oursFrom = ours.updated.size();
            const qsizetype windowFrom = oursInWindow.updated.size();
            const qsizetype naiveFrom = naive.updated.size();
            oursPanel.activateWindow();
            typeQuery(oursPanel.filterEdit(), oursPanel.view()->viewport(), query, true, ours);
            naivePanel.activateWindow();
            typeQuery(naiveField, naiveView->viewport(), query, false, naive);
            window.activateWindow();
            typeQuery(window.postTree()->filterEdit(), window.postTree()->view()->viewport(), query, true, oursInWindow);
            std::fprintf(stderr, "keys run %d, ours:   %s\nkeys run %d, naive:  %s\nkeys run %d, window: %s\n", run + 1,
                         qPrintable(list(ours.updated, oursFrom)), run + 1, qPrintable(list(naive.updated, naiveFrom)),
                         run + 1, qPrintable(list(oursInWindow.updated, windowFrom)));
        }
    }

    const double coldMedian = median(coldPainted);
    const double warmMedian = median(warmPainted);
    std::printf("\nBlog open and tree filter, %s posts, %d runs (medians; ms)%s\n", qPrintable(parser.value(postsOption)), runs,
                drop ? (geteuid() == 0 ? ", page cache dropped before cold opens" : "") : ", page cache warm");
    std::printf("%-36s | %9s | %7s | %-34s | %s\n", "", "ours", "target", "reference", "ours / ref");
    std::printf("%-36s | %9.1f | %7d | %-34s | %s\n", "cold open: tree shown and painted", coldMedian, 1000, "-", "-");
    std::printf("%-36s | %9.1f | %7d | %-27s %6.1f | %.2f\n", "warm open: tree shown and painted", warmMedian, 300,
                "same open without the cache", coldMedian, coldMedian > 0 ? warmMedian / coldMedian : 0.0);
    std::printf("%-36s | %9.1f | %7d | %-27s %6.1f | %.2f\n", "filter keystroke -> proxy updated", median(ours.updated), 50,
                "naive QSortFilterProxyModel", median(naive.updated),
                median(naive.updated) > 0 ? median(ours.updated) / median(naive.updated) : 0.0);
    std::printf("%-36s | %9.1f | %7d | %-27s %6.1f | %.2f\n", "  max over keystrokes", maximum(ours.updated), 50,
                "naive max", maximum(naive.updated), maximum(naive.updated) > 0 ? maximum(ours.updated) / maximum(naive.updated) : 0.0);
    std::printf("%-36s | %9.1f | %7s | %-27s %6.1f | %.2f\n", "filter keystroke -> tree repainted", median(ours.painted), "-",
                "naive", median(naive.painted), median(naive.painted) > 0 ? median(ours.painted) / median(naive.painted) : 0.0);
    std::printf("%-36s | %9.1f | %7s | %-27s %6.1f |\n", "  max", maximum(ours.painted), "-", "naive max", maximum(naive.painted));
    std::printf("%-36s | %9.1f | %7d |\n", "in the main window: proxy updated", median(oursInWindow.updated), 50);
    std::printf("%-36s | %9.1f | %7d |\n", "  max", maximum(oursInWindow.updated), 50);
    std::printf("%-36s | %9.1f | %7s |\n", "  tree repainted (whole window)", median(oursInWindow.painted), "-");
    std::printf("\nAlso measured (medians): tree ready (index + model + view rows, before the editor and preview) "
                "cold %.1f, warm %.1f; openBlog() returned (newest post in editor and preview too) cold %.1f, warm %.1f.\n",
                median(coldReady), median(warmReady), median(coldTotal), median(warmTotal));
    std::printf("Query typed: \"%s\" (%lld keys + clearing, %d times).\n", qPrintable(query), qlonglong(query.size()), runs);
    return 0;
}
