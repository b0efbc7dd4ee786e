#include "frontmatterpanel.h"

#include "blog/frontmatteredit.h"
#include "frontmatter/commalistedit.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace Postwright {

using namespace Qt::StringLiterals;

namespace {

constexpr int kRefreshDelayMs = 200;

bool isDelimiter(QStringView line, QStringView delimiter)
{
    return line.startsWith(delimiter) && line.sliced(delimiter.size()).trimmed().isEmpty();
}

// The date as the clock on the wall where it was written: the edit shows it without converting.
QDateTime wallClock(const QDateTime &value, int offset)
{
    const QDateTime there = value.toOffsetFromUtc(offset);
    return QDateTime(there.date(), there.time(), Qt::UTC);
}

QDateTime fromWallClock(const QDateTime &wall, int offset)
{
    if (offset == 0)
        return QDateTime(wall.date(), wall.time(), Qt::UTC);
    return QDateTime(wall.date(), wall.time(), Qt::OffsetFromUTC, offset);
}

} // namespace

FrontMatterPanel::FrontMatterPanel(QWidget *parent)
    : QWidget(parent)
    , m_expandAction(new QAction(tr("Front Matter"), this))
{
    buildForm();

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &FrontMatterPanel::refresh);
    // Typing in one field merges into one undo step only until the writer goes elsewhere.
    connect(qApp, &QApplication::focusChanged, this, [this] { m_mergeField = Field::None; });

    connect(m_title, &QLineEdit::textEdited, this, &FrontMatterPanel::onTitleEdited);
    connect(m_date, &QDateTimeEdit::dateTimeChanged, this, &FrontMatterPanel::onDateEdited);
    connect(m_noDate, &QCheckBox::toggled, this, &FrontMatterPanel::onNoDateToggled);
    connect(m_statusBox, &QComboBox::activated, this, &FrontMatterPanel::onStatusActivated);
    connect(m_categories, &CommaListEdit::valuesEdited, this, &FrontMatterPanel::onCategoriesEdited);
    connect(m_tags, &CommaListEdit::valuesEdited, this, &FrontMatterPanel::onTagsEdited);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &FrontMatterPanel::onSummaryChanged);
    refresh();
}

void FrontMatterPanel::buildForm()
{
    m_expandAction->setObjectName(u"view.frontMatter.expand"_s);
    m_expandAction->setCheckable(true);
    m_expandAction->setChecked(true);
    m_expandAction->setToolTip(tr("Show or hide the post's title, date, status, categories and tags"));

    m_header = new QToolButton(this);
    m_header->setDefaultAction(m_expandAction);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setArrowType(Qt::DownArrow);
    m_header->setAutoRaise(true);
    m_header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_body = new QWidget(this);
    m_form = new QWidget(m_body);

    m_title = new QLineEdit(m_form);
    m_title->setObjectName(u"frontMatter.title"_s);
    m_title->setPlaceholderText(tr("Untitled"));

    m_date = new QDateTimeEdit(m_form);
    m_date->setObjectName(u"frontMatter.date"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_date->setTimeSpec(Qt::UTC); // holds the wall clock of the file's own offset, see wallClock()
    m_noDate = new QCheckBox(tr("No date"), m_form);
    m_noDate->setObjectName(u"frontMatter.noDate"_s);
    auto *dateField = new QWidget(m_form);
    dateField->setFocusProxy(m_date); // the label's mnemonic lands in the date
    auto *dateRow = new QHBoxLayout(dateField);
    dateRow->setContentsMargins({});
    dateRow->addWidget(m_date, 1);
    dateRow->addWidget(m_noDate);

    m_statusBox = new QComboBox(m_form);
    m_statusBox->setObjectName(u"frontMatter.status"_s);
    m_statusBox->addItem(tr("Draft"), QVariant::fromValue(Status::Draft));
    m_statusBox->addItem(tr("Scheduled"), QVariant::fromValue(Status::Scheduled));
    m_statusBox->addItem(tr("Published"), QVariant::fromValue(Status::Published));
    m_statusBox->setToolTip(tr("Scheduled: not a draft, dated in the future"));

    m_categories = new CommaListEdit(m_form);
    m_categories->setObjectName(u"frontMatter.categories"_s);
    m_categories->setPlaceholderText(tr("First one places the post, e.g. Design, Backend"));
    m_tags = new CommaListEdit(m_form);
    m_tags->setObjectName(u"frontMatter.tags"_s);
    m_tags->setPlaceholderText(tr("Comma separated"));

    m_summary = new QPlainTextEdit(m_form);
    m_summary->setObjectName(u"frontMatter.summary"_s);
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("One or two sentences for lists and feeds"));
    const int frame = 2 * m_summary->frameWidth() + 2 * int(m_summary->document()->documentMargin());
    m_summary->setFixedHeight(3 * m_summary->fontMetrics().lineSpacing() + frame);

    m_otherKeys = new QLabel(m_form);
    m_otherKeys->setObjectName(u"frontMatter.otherKeys"_s);
    m_otherKeys->setWordWrap(true);
    m_otherKeys->setTextFormat(Qt::PlainText);
    m_otherKeys->setForegroundRole(QPalette::PlaceholderText);
    m_otherKeys->setToolTip(
        tr("Keys this form does not show; edit them in the text, they are kept as they are."));

    auto *form = new QFormLayout(m_form);
    form->setContentsMargins({});
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Date"), dateField);
    form->addRow(tr("&Status"), m_statusBox);
    form->addRow(tr("&Categories"), m_categories);
    form->addRow(tr("Ta&gs"), m_tags);
    form->addRow(tr("Su&mmary"), m_summary);
    form->addRow(m_otherKeys);

    m_error = new QLabel(m_body);
    m_error->setObjectName(u"frontMatter.error"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(6, 0, 6, 6);
    bodyLayout->addWidget(m_error);
    bodyLayout->addWidget(m_form);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_body);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    connect(m_expandAction, &QAction::toggled, this, [this](bool expanded) {
        m_body->setVisible(expanded);
        m_header->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    });
}

void FrontMatterPanel::attach(QPlainTextEdit *editor)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = editor ? editor->document() : nullptr;
    if (m_document) {
        connect(m_document, &QTextDocument::contentsChanged, this, [this] { m_refreshTimer.start(); });
    }
    m_mergeField = Field::None;
    refresh();
}

void FrontMatterPanel::setVocabulary(const QStringList &categories, const QStringList &tags)
{
    m_categories->setVocabulary(categories);
    m_tags->setVocabulary(tags);
}

void FrontMatterPanel::setNow(const QDateTime &now)
{
    m_now = now;
    refresh();
}

void FrontMatterPanel::setPostPath(const QString &relativePath)
{
    m_postPath = relativePath;
    m_conventions = relativePath.isEmpty() ? SiteKind::Native : SiteLayout::conventionsFor(relativePath);
    refresh();
}

bool FrontMatterPanel::isJekyllDraft() const
{
    return m_conventions == SiteKind::Jekyll && m_postPath.startsWith(u"_drafts/");
}

Result<ParsedFrontMatter> FrontMatterPanel::parse(const QString &head) const
{
    Result<ParsedFrontMatter> parsed = FrontMatter::parse(head, {}, m_conventions);
    if (parsed && isJekyllDraft())
        parsed.value().metadata.draft = true;
    return parsed;
}

QDateTime FrontMatterPanel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTime();
}

// Only the front matter block is read: the panel stays cheap on a long post.
QString FrontMatterPanel::documentHead() const
{
    QString head;
    if (!m_document)
        return head;
    bool toml = false;
    bool first = true;
    for (QTextBlock block = m_document->firstBlock(); block.isValid(); block = block.next()) {
        const QString line = block.text();
        head += line;
        if (block.next().isValid())
            head += u'\n';
        if (first) {
            first = false;
            toml = isDelimiter(line, u"+++");
            if (!toml && !isDelimiter(line, u"---"))
                break;
        } else if (toml ? isDelimiter(line, u"+++") : isDelimiter(line, u"---") || isDelimiter(line, u"...")) {
            break;
        }
    }
    head.replace(QChar::LineSeparator, u'\n'); // Shift+Enter: one character either way
    return head;
}

void FrontMatterPanel::refresh()
{
    m_refreshTimer.stop();
    const QString head = documentHead();
    const Result<ParsedFrontMatter> parsed = parse(head);
    if (!parsed) {
        showError(parsed.error());
        return;
    }
    const FrontMatterEdit probe(head);
    if (!probe.isValid()) {
        showError(*probe.error());
        return;
    }
    m_error->hide();
    m_form->setEnabled(m_document != nullptr);
    fill(parsed.value().metadata, probe.keys());
}

void FrontMatterPanel::showError(const SourceError &error)
{
    m_error->setText(tr("Front matter line %1: %2").arg(error.line).arg(error.message));
    m_error->show();
    m_form->setEnabled(false);
}

void FrontMatterPanel::fill(const PostMetadata &meta, const QStringList &keys)
{
    m_filling = true;
    const auto typingIn = [this](Field field, QWidget *widget) {
        return m_mergeField == field && widget->hasFocus();
    };

    m_categoriesKey =
        keys.contains(u"category"_s) && !keys.contains(u"categories"_s) ? u"category"_s : u"categories"_s;
    m_summaryKey =
        keys.contains(u"description"_s) && !keys.contains(u"summary"_s) ? u"description"_s : u"summary"_s;

    if (!typingIn(Field::Title, m_title) && m_title->text().trimmed() != meta.title)
        m_title->setText(meta.title);
    if (!typingIn(Field::Date, m_date)) {
        m_noDate->setChecked(!meta.date.isValid());
        m_date->setEnabled(meta.date.isValid());
        if (meta.date.isValid()) {
            m_dateOffset = meta.date.offsetFromUtc();
            const QDateTime wall = wallClock(meta.date, m_dateOffset);
            if (m_date->dateTime() != wall)
                m_date->setDateTime(wall);
        }
    }
    if (!typingIn(Field::Categories, m_categories))
        m_categories->setValues(meta.categories);
    if (!typingIn(Field::Tags, m_tags))
        m_tags->setValues(meta.tags);
    if (!typingIn(Field::Summary, m_summary) && m_summary->toPlainText().trimmed() != meta.summary)
        m_summary->setPlainText(meta.summary);

    QStringList others = keys;
    // Jekyll's status is `published`; its `draft` is just another key (Jekyll ignores it).
    const QString statusKey = m_conventions == SiteKind::Jekyll ? u"published"_s : u"draft"_s;
    for (const QString &shown : {u"title"_s, u"date"_s, statusKey, m_categoriesKey, u"tags"_s, m_summaryKey})
        others.removeIf([&shown](const QString &key) { return key.compare(shown, Qt::CaseInsensitive) == 0; });
    m_otherKeys->setText(tr("Other keys: %1").arg(others.join(u", ")));
    m_otherKeys->setVisible(!others.isEmpty());

    if (meta.draft)
        updateStatus(Status::Draft);
    else if (meta.date.isValid() && meta.date > now())
        updateStatus(Status::Scheduled);
    else
        updateStatus(Status::Published);
    // Jekyll publishes _posts/ only: a draft there is published by moving it (PostActions).
    const bool movable = isJekyllDraft();
    m_statusBox->setEnabled(!movable);
    m_statusBox->setToolTip(movable ? tr("Move to _posts to publish: this draft is in _drafts/ (Post \u25b8 "
                                         "Publish Draft moves it).")
                                    : tr("Scheduled: not a draft, dated in the future"));
    m_filling = false;
}

void FrontMatterPanel::updateStatus(Status status)
{
    m_statusBox->setCurrentIndex(m_statusBox->findData(QVariant::fromValue(status)));
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged();
}

void FrontMatterPanel::apply(const FrontMatterEdit &edit, Field field)
{
    if (!m_document)
        return;
    if (!edit.isValid()) {
        // The YAML broke since the last look: say so rather than write anything.
        refresh();
        return;
    }
    const FrontMatterEdit::Change change = edit.change();
    if (change.isEmpty())
        return;
    QTextCursor cursor(m_document);
    const bool merge =
        field != Field::None && field == m_mergeField && m_document->availableUndoSteps() == m_mergeUndoSteps;
    if (merge)
        cursor.joinPreviousEditBlock();
    else
        cursor.beginEditBlock();
    cursor.setPosition(int(change.position));
    cursor.setPosition(int(change.position + change.removed), QTextCursor::KeepAnchor);
    cursor.insertText(change.inserted);
    cursor.endEditBlock();
    m_mergeField = field;
    m_mergeUndoSteps = m_document->availableUndoSteps();
}

void FrontMatterPanel::onTitleEdited(const QString &text)
{
    FrontMatterEdit edit(documentHead());
    edit.setString(u"title"_s, text.trimmed());
    apply(edit, Field::Title);
}

void FrontMatterPanel::onDateEdited()
{
    if (m_filling || m_noDate->isChecked())
        return;
    FrontMatterEdit edit(documentHead());
    edit.setDateTime(u"date"_s, fromWallClock(m_date->dateTime(), m_dateOffset));
    apply(edit, Field::Date);
}

void FrontMatterPanel::onNoDateToggled(bool noDate)
{
    if (m_filling)
        return;
    m_date->setEnabled(!noDate);
    FrontMatterEdit edit(documentHead());
    if (noDate) {
        edit.setDateTime(u"date"_s, {});
    } else {
        const QDateTime current = now();
        m_dateOffset = current.offsetFromUtc();
        edit.setDateTime(u"date"_s, current.toOffsetFromUtc(m_dateOffset));
    }
    apply(edit, Field::None);
    refresh();
}

void FrontMatterPanel::onStatusActivated(int index)
{
    const auto status = m_statusBox->itemData(index).value<Status>();
    const QString head = documentHead();
    const Result<ParsedFrontMatter> parsed = parse(head);
    if (!parsed) {
        showError(parsed.error());
        return;
    }
    const QDateTime date = parsed.value().metadata.date;
    const QDateTime current = now();
    const int offset = date.isValid() ? date.offsetFromUtc() : current.offsetFromUtc();
    FrontMatterEdit edit(head);
    // Jekyll ignores `draft`: a post in _posts/ is held back by `published: false` alone.
    const bool jekyll = m_conventions == SiteKind::Jekyll;
    const auto setDraft = [&](bool draft) {
        if (jekyll && draft)
            edit.setBool(u"published"_s, false);
        else if (jekyll && parsed.value().metadata.draft)
            edit.remove(u"published"_s);
        else if (!jekyll && draft)
            edit.setBool(u"draft"_s, true);
        else if (!jekyll)
            edit.remove(u"draft"_s);
    };
    bool askForDate = false;
    switch (status) {
    case Status::Draft:
        setDraft(true);
        break;
    case Status::Published:
        setDraft(false);
        // A post dated in the future would still wait: publishing means now.
        if (date.isValid() && date > current)
            edit.setDateTime(u"date"_s, current.toOffsetFromUtc(offset));
        break;
    case Status::Scheduled:
        setDraft(false);
        if (!date.isValid() || date <= current) {
            // Tomorrow morning, where the post is written; the date field is then focused to adjust it.
            const QDateTime there = current.toOffsetFromUtc(offset);
            edit.setDateTime(u"date"_s,
                             fromWallClock(QDateTime(there.date().addDays(1), QTime(9, 0), Qt::UTC), offset));
            askForDate = true;
        }
        break;
    }
    apply(edit, Field::None);
    refresh();
    if (askForDate) {
        m_date->setFocus(Qt::OtherFocusReason);
        m_date->setSelectedSection(QDateTimeEdit::DaySection);
    }
}

void FrontMatterPanel::onCategoriesEdited(const QStringList &values)
{
    FrontMatterEdit edit(documentHead());
    if (values.isEmpty())
        edit.remove(m_categoriesKey);
    else if (m_conventions == SiteKind::Jekyll && m_categoriesKey == u"categories")
        edit.setWords(m_categoriesKey, values); // `categories: design backend` stays that way
    else
        edit.setList(m_categoriesKey, values);
    apply(edit, Field::Categories);
}

void FrontMatterPanel::onTagsEdited(const QStringList &values)
{
    FrontMatterEdit edit(documentHead());
    if (values.isEmpty())
        edit.remove(u"tags"_s);
    else if (m_conventions == SiteKind::Jekyll)
        edit.setWords(u"tags"_s, values); // `tags: go linux` stays that way
    else
        edit.setList(u"tags"_s, values);
    apply(edit, Field::Tags);
}

void FrontMatterPanel::onSummaryChanged()
{
    if (m_filling)
        return;
    const QString summary = m_summary->toPlainText().trimmed();
    FrontMatterEdit edit(documentHead());
    if (summary.isEmpty())
        edit.remove(m_summaryKey);
    else
        edit.setString(m_summaryKey, summary);
    apply(edit, Field::Summary);
}

} // namespace Postwright
