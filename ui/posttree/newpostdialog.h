#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Postwright {

// Asks for a new post's title, category and whether it starts as a draft, and shows the file the
// post will get ("posts/design/my-title.md", a Jekyll draft's "_drafts/my-title.md") while the
// writer types.
class NewPostDialog final : public QDialog
{
    Q_OBJECT

public:
    // title, category, draft -> the new post's path as the writer should see it (relative to the blog).
    using PathPreview = std::function<QString(const QString &title, const QString &category, bool draft)>;

    NewPostDialog(const QStringList &categories, const QString &category, PathPreview preview,
                  QWidget *parent = nullptr);

    QString title() const;
    QString category() const;
    bool isDraft() const;

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *categoryBox() const { return m_category; }
    QCheckBox *draftBox() const { return m_draft; }
    QLabel *fileLabel() const { return m_file; }

private:
    void update();

    PathPreview m_preview;
    QLineEdit *m_title;
    QComboBox *m_category;
    QCheckBox *m_draft;
    QLabel *m_file;
    QDialogButtonBox *m_buttons;
};

} // namespace Postwright
