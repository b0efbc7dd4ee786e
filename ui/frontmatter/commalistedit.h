#pragma once

#include <QLineEdit>
#include <QStringList>

class QCompleter;
class QStringListModel;

namespace Postwright {

// A short list of names typed as "a, b, c" (categories, tags). The name being typed is completed
// from a vocabulary, leaving out names already in the list.
class CommaListEdit final : public QLineEdit
{
    Q_OBJECT

public:
    explicit CommaListEdit(QWidget *parent = nullptr);

    void setVocabulary(const QStringList &words);
    QStringList values() const;
    // Shows a list without telling anyone: this is the document speaking, not the writer.
    void setValues(const QStringList &values);
    QCompleter *listCompleter() const { return m_completer; }

    static QStringList split(const QString &text);

Q_SIGNALS:
    // The writer changed the list (typing or picking a completion).
    void valuesEdited(const QStringList &values);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    // Where the name under the cursor starts and ends.
    std::pair<qsizetype, qsizetype> currentSegment() const;
    void updateCompletion();
    void insertCompletion(const QString &word);
    void emitIfChanged();

    QCompleter *m_completer;
    QStringListModel *m_model;
    QStringList m_vocabulary;
    QStringList m_lastValues;
};

} // namespace Postwright
