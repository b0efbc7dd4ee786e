#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace Postwright {

// Two versions of a text next to each other, line against line: lines only on the left are red,
// lines only on the right green, and the shorter side of a change is padded with shaded empty lines
// so the rest stays aligned; both sides scroll together. Plain text only (QPlainTextEdit loads
// nothing), so it is safe for text from the web.
class SideBySideDiff final : public QWidget
{
    Q_OBJECT

public:
    explicit SideBySideDiff(QWidget *parent = nullptr);

    void setHeadings(const QString &left, const QString &right);
    void setTexts(const QString &left, const QString &right);
    // Lines that differ (only left + only right).
    int changedLines() const { return m_changedLines; }

    QPlainTextEdit *left() const { return m_left; }
    QPlainTextEdit *right() const { return m_right; }

    // The text with lines longer than `columns` broken at spaces, so two versions can be compared
    // line by line even when a paragraph is one long line.
    static QString wrap(const QString &text, int columns);

private:
    QLabel *m_leftHeading = nullptr;
    QLabel *m_rightHeading = nullptr;
    QPlainTextEdit *m_left = nullptr;
    QPlainTextEdit *m_right = nullptr;
    int m_changedLines = 0;
};

} // namespace Postwright
