#include "preview/previewbridge.h"

#include <QJsonArray>
#include <QTimer>

namespace Postwright {

PreviewBridge::PreviewBridge(QObject *parent)
    : QObject(parent)
    , m_themeStyleSheet(QStringLiteral("qrc:/themes/default/assets/style.css"))
{
    setObjectName(QStringLiteral("bridge"));
}

void PreviewBridge::setContent(int revision, const PostPreview::PackedArticle &article)
{
    if (revision <= m_revision)
        return; // the scheduler never goes back, but a stale result must not win either
    m_revision = revision;
    m_article = article;
    sendNewest();
}

void PreviewBridge::setDocumentBase(const QString &baseUrl)
{
    if (baseUrl == m_documentBase)
        return;
    m_documentBase = baseUrl;
    if (m_pageReady)
        Q_EMIT documentBaseChanged(baseUrl);
}

void PreviewBridge::requestScrollReset(int fromRevision)
{
    m_scrollResetRevision = fromRevision;
    if (m_pageReady)
        Q_EMIT scrollResetRequested(fromRevision);
}

void PreviewBridge::setThemeStyleSheet(const QString &url)
{
    if (url == m_themeStyleSheet)
        return;
    m_themeStyleSheet = url;
    Q_EMIT themeStyleSheetChanged(url);
}

void PreviewBridge::setRemoteImages(bool on)
{
    if (on == m_remoteImages)
        return;
    m_remoteImages = on;
    if (m_pageReady && m_pageHasArticle)
        sendWholeArticle(); // every image resolved again by the new rule
}

void PreviewBridge::requestScrollToLine(int line, bool reveal)
{
    if (m_pageReady && line > 0)
        Q_EMIT scrollToLineRequested(line, reveal);
}

void PreviewBridge::previewScrolled(int line)
{
    // From the page: only a plausible line number passes.
    if (line > 0 && line <= 10'000'000)
        Q_EMIT scrolledToLine(line);
}

void PreviewBridge::sendNewest()
{
    // One revision on its way to the page at a time, like one render in flight: a page busy
    // patching a long post gets the newest text when it is done, not a queue of stale ones.
    // A page that never answered (a script error) gets the newest again after a while.
    const bool waiting = m_sentRevision > m_displayedRevision && m_sentAt.isValid() && m_sentAt.elapsed() < 3000;
    if (!m_pageReady || m_revision <= m_sentRevision || waiting || m_partsRevision != 0)
        return;

    // The patch: blocks equal from the start and from the end are kept; the ones between are
    // replaced. Keys ignore source positions, so a line typed above a block keeps it.
    static const PostPreview::PackedArticle nothing;
    const PostPreview::PackedArticle &from = m_pageHasArticle ? m_sentArticle : nothing;
    const PostPreview::PackedArticle &to = m_article;
    const qsizetype toCount = to.blocks.size();
    const qsizetype fromCount = from.blocks.size();
    qsizetype start = 0;
    while (start < toCount && start < fromCount && to.keys.at(start) == from.keys.at(start))
        ++start;
    qsizetype toEnd = toCount;
    qsizetype fromEnd = fromCount;
    while (toEnd > start && fromEnd > start && to.keys.at(toEnd - 1) == from.keys.at(fromEnd - 1)) {
        --toEnd;
        --fromEnd;
    }

    // Kept blocks after the change move by the same number of lines; anything else (blank lines
    // changed between two kept blocks) is listed block by block.
    int shift = 0;
    for (qsizetype i = 0; toEnd + i < toCount; ++i) {
        if (to.firstLines.at(toEnd + i) > 0 && from.firstLines.at(fromEnd + i) > 0) {
            shift = to.firstLines.at(toEnd + i) - from.firstLines.at(fromEnd + i);
            break;
        }
    }
    QJsonArray fix;
    const auto check = [&](qsizetype toIndex, qsizetype fromIndex, int by) {
        const auto moved = [by](int line) { return line > 0 ? line + by : 0; };
        if (to.firstLines.at(toIndex) != moved(from.firstLines.at(fromIndex))
            || to.lastLines.at(toIndex) != moved(from.lastLines.at(fromIndex))) {
            fix.append(qint64(toIndex));
            fix.append(to.firstLines.at(toIndex));
            fix.append(to.lastLines.at(toIndex));
        }
    };
    for (qsizetype i = 0; i < start; ++i)
        check(i, i, 0);
    for (qsizetype i = 0; toEnd + i < toCount; ++i)
        check(toEnd + i, fromEnd + i, shift);

    QJsonObject patch{{QStringLiteral("base"), m_pageHasArticle ? m_sentRevision : 0},
                      {QStringLiteral("start"), qint64(start)},
                      {QStringLiteral("removed"), qint64(fromEnd - start)},
                      {QStringLiteral("shift"), shift},
                      {QStringLiteral("count"), qint64(toCount)},
                      // In the patch, not a property: the channel sends property changes late,
                      // after the patch they should apply to.
                      {QStringLiteral("remoteImages"), m_remoteImages},
                      {QStringLiteral("fix"), fix}};
    if (!m_pageHasArticle || to.frame != from.frame)
        patch.insert(QStringLiteral("frame"), to.frame);

    m_sentRevision = m_revision;
    m_sentArticle = m_article;
    m_pageHasArticle = true;
    m_partsRevision = m_revision;
    m_nextBlock = start;
    m_partsEnd = toEnd;
    sendPart(patch);
}

void PreviewBridge::sendPart(QJsonObject patch)
{
    // Blocks up to the size limit (at least one), then the rest in further parts with the event
    // loop running in between: typing stays smooth while a 10 MB post goes over.
    QJsonArray blocks;
    QJsonArray lines;
    qsizetype size = 0;
    while (m_nextBlock < m_partsEnd && (blocks.isEmpty() || size + m_sentArticle.blocks.at(m_nextBlock).size() <= m_maximumPartSize)) {
        const QString &block = m_sentArticle.blocks.at(m_nextBlock);
        size += block.size();
        blocks.append(block);
        lines.append(m_sentArticle.firstLines.at(m_nextBlock));
        lines.append(m_sentArticle.lastLines.at(m_nextBlock));
        ++m_nextBlock;
    }
    const bool more = m_nextBlock < m_partsEnd;
    patch.insert(QStringLiteral("blocks"), blocks);
    patch.insert(QStringLiteral("lines"), lines);
    patch.insert(QStringLiteral("more"), more);
    const int revision = m_partsRevision;
    if (!more)
        m_partsRevision = 0;
    ++m_partsSent;
    m_sentAt.start();
    Q_EMIT contentChanged(revision, patch);
    if (more)
        QTimer::singleShot(0, this, &PreviewBridge::sendNextPart);
}

void PreviewBridge::sendNextPart()
{
    if (m_partsRevision == 0)
        return; // the page was replaced, or asked for the whole article again
    sendPart(QJsonObject{{QStringLiteral("base"), m_partsRevision}, {QStringLiteral("continued"), true}});
}

void PreviewBridge::resync()
{
    sendWholeArticle();
}

void PreviewBridge::sendWholeArticle()
{
    // The newest revision as a whole article (base 0), even if the page shows that revision
    // already: the page accepts a whole article for the revision it shows.
    m_pageHasArticle = false;
    m_partsRevision = 0;
    m_sentRevision = 0;
    m_sentAt.invalidate();
    sendNewest();
}

void PreviewBridge::resetPage()
{
    m_pageReady = false;
    m_pageHasArticle = false;
    m_partsRevision = 0;
    m_sentRevision = 0;
    m_displayedRevision = 0;
}

void PreviewBridge::ready()
{
    m_pageReady = true;
    // Replay the current state: signals sent before the page connected went nowhere.
    Q_EMIT documentBaseChanged(m_documentBase);
    if (m_scrollResetRevision > 0)
        Q_EMIT scrollResetRequested(m_scrollResetRevision);
    m_sentRevision = 0;
    m_pageHasArticle = false;
    m_partsRevision = 0;
    sendNewest();
    Q_EMIT pageReady();
}

void PreviewBridge::shown(int revision)
{
    // Only a revision we actually sent counts; the page cannot invent progress.
    if (revision <= m_displayedRevision || revision > m_sentRevision)
        return;
    m_displayedRevision = revision;
    Q_EMIT displayedRevisionChanged(revision);
    sendNewest();
}

} // namespace Postwright
