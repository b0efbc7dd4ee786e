#pragma once

#include "blog/frontmatter.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTextDocument;
class QToolButton;

namespace Postwright {

class CommaListEdit;
class FrontMatterEdit;

// A form over the open post's front matter (title, date, status, categories, tags, summary). The
// YAML or TOML in the editor stays the source of truth: each field edit is one minimal, undoable edit
// of the editor's document, and edits of the text refill the form. Other keys are never touched.
// The post's site decides what a status means: `draft` for Postwright and Hugo; for Jekyll,
// `published: false` in _posts/, and _drafts/ (which only moving the file leaves).
class FrontMatterPanel final : public QWidget
{
    Q_OBJECT

public:
    enum class Status { Draft, Scheduled, Published };
    Q_ENUM(Status)

    explicit FrontMatterPanel(QWidget *parent = nullptr);

    // Follows the editor's document (it is read and written, never replaced).
    void attach(QPlainTextEdit *editor);
    // The blog's existing categories and tags, offered as completions.
    void setVocabulary(const QStringList &categories, const QStringList &tags);
    // The time "scheduled" is measured against; the clock when never set (tests fix it).
    void setNow(const QDateTime &now);
    // The open post's path relative to its blog's root ("content/posts/a.md", "_drafts/b.md"): its
    // site's conventions (SiteLayout::conventionsFor) decide which keys the form reads and writes.
    void setPostPath(const QString &relativePath);

    Status status() const { return m_status; }
    // Shows or hides the form below the header ("view.frontMatter.expand" toggles it).
    QAction *expandAction() const { return m_expandAction; }
    // Refills the form from the document now instead of after the typing pause.
    void refresh();

Q_SIGNALS:
    void statusChanged();

private:
    enum class Field { None, Title, Date, Status, Categories, Tags, Summary };

    void buildForm();
    QDateTime now() const;
    QString documentHead() const;
    Result<ParsedFrontMatter> parse(const QString &head) const;
    bool isJekyllDraft() const; // in _drafts/: a draft until the file moves to _posts/
    // Applies what `change` did to the document's front matter as one undo step, merged with the
    // previous one while the writer keeps typing in the same field.
    void apply(const FrontMatterEdit &edit, Field field);
    void fill(const PostMetadata &meta, const QStringList &keys);
    void showError(const SourceError &error);
    void updateStatus(Status status);

    void onTitleEdited(const QString &text);
    void onDateEdited();
    void onNoDateToggled(bool noDate);
    void onStatusActivated(int index);
    void onCategoriesEdited(const QStringList &values);
    void onTagsEdited(const QStringList &values);
    void onSummaryChanged();

    QPointer<QTextDocument> m_document;
    QTimer m_refreshTimer;
    QDateTime m_now;
    QString m_postPath;
    SiteKind m_conventions = SiteKind::Native;

    QAction *m_expandAction;
    QToolButton *m_header;
    QWidget *m_body;
    QWidget *m_form;
    QLineEdit *m_title;
    QDateTimeEdit *m_date;
    QCheckBox *m_noDate;
    QComboBox *m_statusBox;
    CommaListEdit *m_categories;
    CommaListEdit *m_tags;
    QPlainTextEdit *m_summary;
    QLabel *m_otherKeys;
    QLabel *m_error;

    Status m_status = Status::Published;
    // Which keys the form writes: a post may say `category` or `description` instead.
    QString m_categoriesKey;
    QString m_summaryKey;
    int m_dateOffset = 0;   // the offset the file's date is written in, kept when it is edited
    bool m_filling = false; // the form is being filled from the document: nothing is written
    Field m_mergeField = Field::None;
    int m_mergeUndoSteps = -1; // the document's undo steps right after the last merged edit
};

} // namespace Postwright
