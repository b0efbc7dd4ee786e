#pragma once

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Postwright {

// Asks for a new post's title and category, and shows the file the post will get
// ("posts/design/my-title.md") while the writer types.
class NewPostDialog final : public QDialog
{
    Q_OBJECT

public:
    // title, category -> the new post's path as the writer should see it (relative to the blog).
    using PathPreview = std::function<QString(const QString &title, const QString &category)>;

    NewPostDialog(const QStringList &categories, const QString &category, PathPreview preview,
                  QWidget *parent = nullptr);

    QString title() const;
    QString category() const;

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *categoryBox() const { return m_category; }
    QLabel *fileLabel() const { return m_file; }

private:
    void update();

    PathPreview m_preview;
    QLineEdit *m_title;
    QComboBox *m_category;
    QLabel *m_file;
    QDialogButtonBox *m_buttons;
};

} // namespace Postwright
