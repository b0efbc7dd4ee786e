// Preview typing benchmark (not a test): types into the real editor of the real window at a steady
// pace and measures, per keystroke, the time until the preview page reports (over the channel)
// that it shows that text or newer, and the keystroke's own handling on the UI thread. In the same
// run, the same typing into a naive preview, the baseline: the whole post rendered on the UI
// thread and loaded with QWebEngineView::setHtml after every keystroke.
//
//   build/tests/bench/preview_typing_bench [--keys 150] [--interval 80] [--words 5000,50000]
//
// Under Xvfb: xvfb-run -a build/tests/bench/preview_typing_bench. See tests/bench/README.md.

#include "editor/markdowneditor.h"
#include "mainwindow/mainwindow.h"
#include "markdown/markdownrenderer.h"
#include "markdown/previewscheduler.h"
#include "preview/previewbridge.h"
#include "preview/previewview.h"
#include "site/postpreview.h"
#include "site/htmlsummary.h"
#include "uitestfixture.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTextBlock>
#include <QWebEngineView>

#include <algorithm>
#include <cstdio>

using namespace Postwright;

namespace {

struct Figures
{
    double p50 = 0, p95 = 0, max = 0;
};

Figures figures(QList<double> values)
{
    if (values.isEmpty())
        return {};
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) { return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(q * values.size()))); };
    return {at(0.5), at(0.95), values.last()};
}

// A technical post of about `words` words: headings, paragraphs, lists, code, a table.
QString makePost(int words)
{
    static const QStringList vocabulary = QStringLiteral(
        "the queue drains before the deploy finishes so every request sees one schema while the "
        "migration backfills rows in small batches and the old code keeps reading the column it knows")
                                              .split(u' ');
    QString text = QStringLiteral("---\ntitle: \"Benchmark post\"\ndate: 2026-01-05\ncategories: [Bench]\n---\n\n");
    int written = 0;
    int section = 0;
    while (written < words) {
        text += QStringLiteral("## Section %1\n\n").arg(++section);
        for (int paragraph = 0; paragraph < 4 && written < words; ++paragraph) {
            for (int i = 0; i < 60; ++i, ++written)
                text += vocabulary.at((written * 7 + section) % vocabulary.size()) + (i == 59 ? u'.' : u' ');
            text += QStringLiteral("\n\n");
        }
        text += QStringLiteral("- first point with `code`\n- second point with **bold** text\n\n"
                               "```cpp\nint main() { return %1; }\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n")
                    .arg(section);
        written += 20;
    }
    return text;
}

void waitUntil(const std::function<bool()> &done, int ms = 60000)
{
    if (!QTest::qWaitFor(done, ms))
        std::fprintf(stderr, "warning: gave up waiting after %d ms\n", ms);
}

// Types `keys` characters into `editor` at `interval` ms, from the middle of the text.
// sentAt: per keystroke, when it was sent; handling: how long the key's own events took.
void typeInto(QPlainTextEdit *editor, int keys, int interval, QList<qint64> &sentAt, QList<double> &handling,
              const QElapsedTimer &clock, const std::function<void()> &afterKey)
{
    QTextCursor cursor(editor->document()->findBlockByNumber(editor->document()->blockCount() / 2));
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
    editor->setFocus();
    const QString typed = QStringLiteral(" quick brown fox jumps");
    for (int k = 0; k < keys; ++k) {
        const qint64 start = clock.nsecsElapsed();
        QTest::keyClick(editor, typed.at(k % typed.size()).toLatin1());
        handling.append((clock.nsecsElapsed() - start) / 1e6);
        sentAt.append(start);
        afterKey();
        const qint64 next = start + qint64(interval) * 1000000;
        while (clock.nsecsElapsed() < next)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
}

struct Run
{
    Figures latency;
    Figures handling;
    double longestStall = 0; // the longest the UI thread did not get back to its event loop
};

// Measures how long the event loop goes without running a 1 ms timer: the window's longest
// freeze while it is alive (typing, rendering, the preview taking a long post in parts).
class StallMonitor
{
public:
    StallMonitor()
    {
        m_clock.start();
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, (now - m_last) / 1e6);
            m_last = now;
        });
        m_last = m_clock.nsecsElapsed();
        m_timer.start();
    }
    double longest() const { return m_longest; }

private:
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_last = 0;
    double m_longest = 0;
};

Run benchOurs(const QString &root, const QString &postPath, int keys, int interval)
{
    MainWindow window;
    window.resize(1400, 900);
    QElapsedTimer opening;
    opening.start();
    if (!window.openBlog(root) || !window.openPost(postPath))
        qFatal("could not open the benchmark blog");
    std::fprintf(stderr, "opening the post took %lld ms on the UI thread\n", (long long)opening.elapsed());
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the window was not shown");
    PreviewView *preview = window.preview();
    PreviewBridge *bridge = preview->bridge();
    PreviewScheduler *scheduler = preview->scheduler();
    StallMonitor stalls; // from the window on screen to the last keystroke shown
    waitUntil([&] { return bridge->displayedRevision() == scheduler->latestRevision() && scheduler->latestRevision() > 0; });
    QTest::qWait(500);

    QElapsedTimer clock;
    clock.start();
    QList<qint64> sentAt;
    QList<int> revisions;
    QList<double> handling;
    QList<QPair<int, qint64>> shown; // revision, when the page said it shows it
    QObject::connect(bridge, &PreviewBridge::displayedRevisionChanged, bridge,
                     [&](int revision) { shown.append({revision, clock.nsecsElapsed()}); });
    typeInto(window.editor(), keys, interval, sentAt, handling, clock,
             [&] { revisions.append(scheduler->latestRevision()); });
    waitUntil([&] { return bridge->displayedRevision() == scheduler->latestRevision(); });

    QList<double> latency;
    for (int k = 0; k < sentAt.size(); ++k) {
        const auto it = std::find_if(shown.cbegin(), shown.cend(), [&](const auto &s) { return s.first >= revisions.at(k); });
        if (it != shown.cend())
            latency.append((it->second - sentAt.at(k)) / 1e6);
    }
    window.editor()->document()->setModified(false); // nothing to save on close
    return {figures(latency), figures(handling), stalls.longest()};
}

Run benchNaive(const QString &text, int keys, int interval)
{
    QWidget window;
    window.resize(1400, 900);
    auto *editor = new QPlainTextEdit(&window);
    auto *view = new QWebEngineView(&window);
    editor->setGeometry(0, 0, 700, 900);
    view->setGeometry(700, 0, 700, 900);
    editor->setPlainText(text);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the window was not shown");

    QElapsedTimer clock;
    clock.start();
    int loads = 0;
    QList<qint64> loadedAt;
    QObject::connect(view, &QWebEngineView::loadFinished, view, [&] { loadedAt.append(clock.nsecsElapsed()); });
    QObject::connect(editor, &QPlainTextEdit::textChanged, view, [&] {
        view->setHtml(MarkdownRenderer::postBodyToHtml(editor->toPlainText(), {}), QUrl(QStringLiteral("qrc:/")));
        ++loads;
    });
    view->setHtml(MarkdownRenderer::postBodyToHtml(text, {}), QUrl(QStringLiteral("qrc:/")));
    waitUntil([&] { return loadedAt.size() == 1; });

    QList<qint64> sentAt;
    QList<double> handling;
    QList<int> loadIndex;
    typeInto(editor, keys, interval, sentAt, handling, clock, [&] { loadIndex.append(loads + 1); });
    // setHtml() cancels a load still in progress, so not every load finishes: let the last settle.
    QTest::qWait(1500);
    QList<double> latency;
    for (int k = 0; k < sentAt.size(); ++k) {
        // A load that finishes after this keystroke's own load started shows its text (setHtml
        // replaces a load in progress, so an earlier one may never finish).
        const auto it = std::find_if(loadedAt.cbegin(), loadedAt.cend(), [&](qint64 t) { return t >= sentAt.at(k); });
        if (it != loadedAt.cend())
            latency.append((*it - sentAt.at(k)) / 1e6);
    }
    return {figures(latency), figures(handling)};
}

} // namespace

int main(int argc, char *argv[])
{
    Postwright::Test::prepareGuiTestEnvironment(); // as the GUI tests and ui/main.cpp do
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Keystroke to preview latency, ours against a naive setHtml preview."));
    parser.addHelpOption();
    const QCommandLineOption keysOption(QStringLiteral("keys"), QStringLiteral("Keystrokes per run."), QStringLiteral("N"), QStringLiteral("150"));
    const QCommandLineOption intervalOption(QStringLiteral("interval"), QStringLiteral("Milliseconds between keystrokes."), QStringLiteral("MS"), QStringLiteral("80"));
    const QCommandLineOption wordsOption(QStringLiteral("words"), QStringLiteral("Post sizes in words, comma separated."), QStringLiteral("LIST"), QStringLiteral("5000,50000"));
    parser.addOptions({keysOption, intervalOption, wordsOption});
    parser.process(app);
    const int keys = parser.value(keysOption).toInt();
    const int interval = parser.value(intervalOption).toInt();

    std::printf("Preview typing benchmark: %d keystrokes every %d ms, from the middle of the post.\n", keys, interval);
    std::printf("latency = keystroke sent -> page reports it shows that text (ours) or loadFinished (naive setHtml).\n\n");
    std::printf("%8s | %-22s | %-22s | %-7s | %-22s | %s\n", "words", "ours p50/p95/max ms", "naive p50/p95/max ms",
                "p95 x", "ours key handling ms", "ours longest UI stall ms");
    for (const QString &size : parser.value(wordsOption).split(u',')) {
        const int words = size.toInt();
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("posts/bench"));
        QFile yaml(dir.filePath(QStringLiteral("blog.yaml")));
        yaml.open(QIODevice::WriteOnly);
        yaml.write("title: Bench\nbaseURL: https://example.org/\n");
        yaml.close();
        const QString text = makePost(words);
        const QString postPath = dir.filePath(QStringLiteral("posts/bench/post.md"));
        QFile post(postPath);
        post.open(QIODevice::WriteOnly);
        post.write(text.toUtf8());
        post.close();

        {
            const auto preview = PostPreview::create(dir.path()).value();
            QElapsedTimer t;
            t.start();
            const QString html = preview->render(text, postPath);
            const double total = t.nsecsElapsed() / 1e6;
            t.restart();
            const QString body = MarkdownRenderer::postBodyToHtml(text, {});
            const double cmark = t.nsecsElapsed() / 1e6;
            t.restart();
            QString toc;
            HtmlSummary::addHeadingIds(body, &toc);
            const double ids = t.nsecsElapsed() / 1e6;
            std::fprintf(stderr, "render %d words: %.1f ms (cmark %.1f, heading ids %.1f), %lld bytes\n", words, total, cmark, ids, (long long)html.size());
        }
        const Run ours = benchOurs(dir.path(), postPath, keys, interval);
        const Run naive = benchNaive(text, keys, interval);
        std::printf("%8d | %6.1f %6.1f %7.1f   | %6.1f %6.1f %7.1f   | %6.2f  | %6.1f %6.1f %7.1f   | %7.1f\n", words,
                    ours.latency.p50, ours.latency.p95, ours.latency.max, naive.latency.p50, naive.latency.p95,
                    naive.latency.max, naive.latency.p95 > 0 ? ours.latency.p95 / naive.latency.p95 : 0.0,
                    ours.handling.p50, ours.handling.p95, ours.handling.max, ours.longestStall);
        std::fflush(stdout);
    }
    std::printf("\nTargets: p95 <= 33 ms (5,000 words), <= 150 ms (50,000 words); no keystroke's handling above 16 ms.\n");
    return 0;
}
