#include "publish/sidebysidediff.h"

#include "util/textdiff.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

namespace Postwright {

namespace {

using Kind = TextDiff::Line::Kind;

QPlainTextEdit *makePane(const QString &objectName, QWidget *parent)
{
    auto *pane = new QPlainTextEdit(parent);
    pane->setObjectName(objectName);
    pane->setReadOnly(true);
    pane->setUndoRedoEnabled(false);
    // Aligned line against line: wrapping would break the alignment (the texts come pre-wrapped).
    pane->setLineWrapMode(QPlainTextEdit::NoWrap);
    pane->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    pane->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    pane->setTabChangesFocus(true);
    return pane;
}

QLabel *makeHeading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

// Appends one line to a pane's document.
class PaneWriter
{
public:
    explicit PaneWriter(QPlainTextEdit *pane)
        : m_cursor(pane->document())
    {
        pane->clear();
        m_cursor.beginEditBlock();
    }
    ~PaneWriter() { m_cursor.endEditBlock(); }

    void line(const QString &text, const QTextBlockFormat &format)
    {
        if (m_first)
            m_cursor.setBlockFormat(format);
        else
            m_cursor.insertBlock(format);
        m_first = false;
        m_cursor.insertText(text, QTextCharFormat());
    }

private:
    QTextCursor m_cursor;
    bool m_first = true;
};

} // namespace

SideBySideDiff::SideBySideDiff(QWidget *parent)
    : QWidget(parent)
    , m_leftHeading(makeHeading(this))
    , m_rightHeading(makeHeading(this))
    , m_left(makePane(QStringLiteral("diffLeft"), this))
    , m_right(makePane(QStringLiteral("diffRight"), this))
{
    m_leftHeading->setObjectName(QStringLiteral("diffLeftHeading"));
    m_rightHeading->setObjectName(QStringLiteral("diffRightHeading"));
    m_leftHeading->setBuddy(m_left);
    m_rightHeading->setBuddy(m_right);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_leftHeading, 0, 0);
    layout->addWidget(m_rightHeading, 0, 1);
    layout->addWidget(m_left, 1, 0);
    layout->addWidget(m_right, 1, 1);
    layout->setRowStretch(1, 1);

    // One scroll position for both: the lines are aligned.
    for (const auto &[from, to] : {std::pair{m_left, m_right}, std::pair{m_right, m_left}}) {
        connect(from->verticalScrollBar(), &QScrollBar::valueChanged, to->verticalScrollBar(),
                &QScrollBar::setValue);
        connect(from->horizontalScrollBar(), &QScrollBar::valueChanged, to->horizontalScrollBar(),
                &QScrollBar::setValue);
    }
}

void SideBySideDiff::setHeadings(const QString &left, const QString &right)
{
    m_leftHeading->setText(left);
    m_rightHeading->setText(right);
}

void SideBySideDiff::setTexts(const QString &left, const QString &right)
{
    const QList<TextDiff::Line> lines = TextDiff::compare(left, right);
    m_changedLines = TextDiff::changedLineCount(lines);

    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    QTextBlockFormat removed;
    removed.setBackground(dark ? QColor(0x5a, 0x1e, 0x22) : QColor(0xff, 0xeb, 0xe9));
    QTextBlockFormat added;
    added.setBackground(dark ? QColor(0x1b, 0x4a, 0x2b) : QColor(0xda, 0xfb, 0xe1));
    QTextBlockFormat filler;
    QColor shade = palette().color(QPalette::Text);
    shade.setAlpha(dark ? 30 : 14);
    filler.setBackground(QBrush(shade, Qt::BDiagPattern));
    const QTextBlockFormat plain;

    int firstChange = -1; // the first changed line, where the panes open
    {
        PaneWriter leftPane(m_left);
        PaneWriter rightPane(m_right);
        // A change is a run of removed and added lines; each side shows its own, padded to the longer.
        QStringList onlyLeft;
        QStringList onlyRight;
        int rows = 0;
        const auto flush = [&] {
            const qsizetype height = qMax(onlyLeft.size(), onlyRight.size());
            if (height > 0 && firstChange < 0)
                firstChange = rows;
            rows += int(height);
            for (qsizetype row = 0; row < height; ++row) {
                if (row < onlyLeft.size())
                    leftPane.line(onlyLeft[row], removed);
                else
                    leftPane.line(QString(), filler);
                if (row < onlyRight.size())
                    rightPane.line(onlyRight[row], added);
                else
                    rightPane.line(QString(), filler);
            }
            onlyLeft.clear();
            onlyRight.clear();
        };
        for (const TextDiff::Line &line : lines) {
            switch (line.kind) {
            case Kind::Removed:
                onlyLeft.append(line.text);
                break;
            case Kind::Added:
                onlyRight.append(line.text);
                break;
            case Kind::Same:
                flush();
                leftPane.line(line.text, plain);
                rightPane.line(line.text, plain);
                ++rows;
                break;
            }
        }
        flush();
    } // the edit blocks end here, before the cursors move

    // Open on the first difference: that is what the writer came to see.
    for (QPlainTextEdit *pane : {m_left, m_right}) {
        pane->moveCursor(QTextCursor::Start);
        if (firstChange > 0)
            pane->setTextCursor(QTextCursor(pane->document()->findBlockByNumber(firstChange)));
    }
    if (firstChange > 0) {
        // Centred once the panes are laid out at their real size.
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_left->centerCursor();
                m_right->verticalScrollBar()->setValue(m_left->verticalScrollBar()->value());
            },
            Qt::QueuedConnection);
    }
}

QString SideBySideDiff::wrap(const QString &text, int columns)
{
    if (columns <= 0)
        return text;
    QStringList wrapped;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        QString rest = line;
        while (rest.size() > columns) {
            qsizetype cut = rest.lastIndexOf(u' ', columns);
            if (cut <= 0)
                cut = rest.indexOf(u' ', columns);
            if (cut <= 0)
                break; // one long word: left as it is
            wrapped.append(rest.left(cut));
            rest = rest.mid(cut + 1);
        }
        wrapped.append(rest);
    }
    return wrapped.join(u'\n');
}

} // namespace Postwright
