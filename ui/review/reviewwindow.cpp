// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/review/reviewwindow.h"

#include "core/clock.h"
#include "core/io/output.h"
#include "core/money/currency.h"
#include "core/money/money.h"
#include "ui/dialogs.h"
#include "ui/labels.h"
#include "ui/models/models.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace rv = core::review;

namespace {

/// "310000.00 USD" (as the package carries it) in the user's locale: "310,000.00 USD".
QString localAmount(const QString &text)
{
    static const QRegularExpression re(u"^(-?[0-9]+(?:\\.[0-9]+)?) ([A-Z]{3})$"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return text;
    const auto currency = core::findCurrency(m.captured(2));
    const auto minor = core::parseMinor(m.captured(1), currency ? currency->minorUnits : 2);
    if (!minor)
        return text;
    return u"%1 %2"_s.arg(formatAmount(*minor, m.captured(2)), m.captured(2));
}

/// "2026-01-01 to 2027-12-31" with the dates as the user reads them.
QString localPeriod(const QString &text)
{
    static const QRegularExpression re(
        u"^([0-9]{4}-[0-9]{2}-[0-9]{2}) to ([0-9]{4}-[0-9]{2}-[0-9]{2})$"_s);
    const auto m = re.match(text.trimmed());
    const QDate from = QDate::fromString(m.captured(1), Qt::ISODate);
    const QDate to = QDate::fromString(m.captured(2), Qt::ISODate);
    if (!m.hasMatch() || !from.isValid() || !to.isValid())
        return text;
    return ReviewWindow::tr("%1 to %2").arg(formatDate(from), formatDate(to));
}

QString paragraph(const QString &text)
{
    return u"<p style='white-space: pre-wrap'>%1</p>"_s.arg(text.toHtmlEscaped());
}

} // namespace

QString ReviewWindow::proposalHtml(const rv::PackageProposal &p)
{
    // The package carries the proposal as English "Label: value" lines (core/review/package.cpp,
    // proposalText): shown here in the reader's language, in the reading font, with amounts and
    // dates as the locale writes them. Anything not in that shape is shown as it is.
    const QHash<QString, QString> labels{
        {u"Applicant"_s, tr("Applicant")},   {u"Partner"_s, tr("Partner")},
        {u"Objectives"_s, tr("Objectives")}, {u"Action area"_s, tr("Action area")},
        {u"Countries"_s, tr("Countries")},   {u"Period"_s, tr("Period")},
        {u"Requested"_s, tr("Requested")},   {u"Data disaggregation"_s, tr("Data disaggregation")},
    };
    QString html = u"<h2>%1</h2><p><b>%2</b> — %3</p>"_s.arg(
        p.title.toHtmlEscaped(), p.code.toHtmlEscaped(),
        p.role == u"primary"_s ? tr("you are its primary reviewer")
                               : tr("you are its secondary reviewer"));
    const QStringList lines = p.details.split(u'\n');
    qsizetype i = 0;
    QString fields;
    for (; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
        const QString &line = lines.at(i);
        const qsizetype colon = line.indexOf(u": "_s);
        if (colon < 0)
            return html + paragraph(p.details);
        const QString key = line.left(colon);
        QString value = line.mid(colon + 2);
        if (key == u"Requested"_s)
            value = localAmount(value);
        else if (key == u"Period"_s)
            value = localPeriod(value);
        fields += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(
            labels.value(key, key).toHtmlEscaped(), value.toHtmlEscaped());
    }
    html += u"<table cellspacing='0' cellpadding='3'>%1</table>"_s.arg(fields);
    while (i < lines.size() && lines.at(i).isEmpty())
        ++i;
    if (i < lines.size() && lines.at(i) == u"Budget:"_s) {
        QString rows;
        for (++i; i < lines.size() && lines.at(i).startsWith(u"  "_s); ++i) {
            const QString line = lines.at(i).mid(2);
            const qsizetype colon = line.lastIndexOf(u": "_s);
            rows += u"<tr><td>%1</td><td align='right'>%2</td></tr>"_s.arg(
                line.left(colon).toHtmlEscaped(),
                localAmount(colon < 0 ? line : line.mid(colon + 2)).toHtmlEscaped());
        }
        html += u"<h3>%1</h3><table cellspacing='0' cellpadding='3'>%2</table>"_s.arg(
            tr("Budget").toHtmlEscaped(), rows);
    }
    while (i < lines.size() && lines.at(i).isEmpty())
        ++i;
    if (i < lines.size() && lines.at(i) == u"Summary:"_s) {
        html += u"<h3>%1</h3>"_s.arg(tr("Summary").toHtmlEscaped()) +
                paragraph(lines.mid(i + 1).join(u'\n'));
    } else if (i < lines.size()) {
        html += paragraph(lines.mid(i).join(u'\n'));
    }
    return html;
}

ReviewWindow::ReviewWindow(rv::Package package, QWidget *parent)
    : QWidget(parent)
    , m_package(std::move(package))
{
    setObjectName(u"reviewWindow"_s);
    setWindowTitle(tr("%1 — Review mode — IMDP Desk").arg(QFileInfo(m_package.path).fileName()));
    resize(1100, 720);
    auto *layout = new QVBoxLayout(this);

    auto *header = new QLabel(
        tr("<b>Review package for %1</b> — %2. Work offline; Save writes your review into the "
           "package, which you send back to the secretariat.")
            .arg(m_package.reviewer.toHtmlEscaped(), m_package.fundName.toHtmlEscaped()),
        this);
    header->setWordWrap(true);
    layout->addWidget(header);

    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Proposal:"), this));
    m_proposals = new QComboBox(this);
    m_proposals->setObjectName(u"proposalCombo"_s);
    for (const rv::PackageProposal &p : m_package.proposals)
        m_proposals->addItem(u"%1 — %2"_s.arg(p.code, p.title));
    pick->addWidget(m_proposals, 1);
    layout->addLayout(pick);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    m_text = new QTextBrowser(left);
    m_text->setObjectName(u"proposalText"_s);
    ll->addWidget(m_text, 1);
    ll->addWidget(new QLabel(tr("Attachments:"), left));
    m_attachments = new QListWidget(left);
    m_attachments->setObjectName(u"attachments"_s);
    m_attachments->setMaximumHeight(90);
    ll->addWidget(m_attachments);
    auto *saveAtt = new QPushButton(tr("Save Attachment As…"), left);
    connect(saveAtt, &QPushButton::clicked, this, &ReviewWindow::saveAttachment);
    ll->addWidget(saveAtt, 0, Qt::AlignLeft);

    m_scroll = new QScrollArea(split);
    m_scroll->setWidgetResizable(true);
    split->addWidget(left);
    split->addWidget(m_scroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_problem->setPalette(pal);
    m_problem->setMinimumHeight(m_problem->fontMetrics().lineSpacing());
    layout->addWidget(m_problem);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    bottom->addWidget(m_status, 1);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(u"save"_s);
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QPushButton::clicked, this, &ReviewWindow::save);
    bottom->addWidget(m_save);
    layout->addLayout(bottom);

    connect(m_proposals, &QComboBox::currentIndexChanged, this, &ReviewWindow::showProposal);
    showProposal(0);
}

void ReviewWindow::showProposal(int index)
{
    if (index < 0 || index >= m_package.proposals.size())
        return;
    if (m_current >= 0)
        storeEntry();
    m_current = index;
    if (m_proposals->currentIndex() != index) {
        const QSignalBlocker blocker(m_proposals);
        m_proposals->setCurrentIndex(index);
    }
    const rv::PackageProposal &p = m_package.proposals.at(index);
    m_text->setHtml(proposalHtml(p));
    m_attachments->clear();
    for (const rv::PackageAttachment &a : p.attachments)
        m_attachments->addItem(tr("%1 (%2 bytes)").arg(a.name).arg(a.content.size()));
    buildRubric();
    loadEntry();
}

QString ReviewWindow::scoreLabel(int score)
{
    switch (score) {
    case 1:
        return tr("1 — Poor");
    case 2:
        return tr("2 — Fair");
    case 3:
        return tr("3 — Good");
    case 4:
        return tr("4 — Very good");
    case 5:
        return tr("5 — Excellent");
    default:
        return QString::number(score);
    }
}

QString ReviewWindow::problem() const
{
    // As the office's declaration and `imdp review declare` require, and the import refuses.
    for (const rv::Entry &e : m_package.entries) {
        if (e.declaration == u"conflict"_s && e.declarationNote.trimmed().isEmpty())
            return tr("%1: Note: say what the conflict of interest is; a declared conflict "
                      "needs a note.")
                .arg(e.proposal);
    }
    return {};
}

void ReviewWindow::buildRubric()
{
    // The rubric depends on the proposal's call, so the form is rebuilt per proposal.
    // A new form widget: setWidget() deletes the old one and shows the new one with its children.
    m_rubricBox = new QWidget;
    m_scores.clear();
    m_comments.clear();
    auto *v = new QVBoxLayout(m_rubricBox);

    auto *coi = new QGroupBox(tr("Conflict of interest"), m_rubricBox);
    auto *cf = new QFormLayout(coi);
    m_declaration = new QComboBox(coi);
    m_declaration->setObjectName(u"declaration"_s);
    m_declaration->addItem(tr("Not declared yet"), QString());
    m_declaration->addItem(tr("I have no conflict of interest"), u"none"_s);
    m_declaration->addItem(tr("I have a conflict of interest"), u"conflict"_s);
    cf->addRow(tr("Declaration:"), m_declaration);
    m_declarationNote = new QLineEdit(coi);
    m_declarationNote->setObjectName(u"declarationNote"_s);
    m_declarationNote->setPlaceholderText(tr("What the conflict is (required)"));
    cf->addRow(tr("Note:"), m_declarationNote);
    v->addWidget(coi);

    auto *scores = new QGroupBox(tr("Rubric"), m_rubricBox);
    auto *sf = new QFormLayout(scores);
    const QString code = m_package.proposals.at(m_current).code;
    for (const rv::Criterion &c : m_package.rubricOf(code)) {
        auto *row = new QWidget(scores);
        auto *rl = new QHBoxLayout(row);
        rl->setContentsMargins(0, 0, 0, 0);
        auto *score = new QComboBox(row);
        score->setObjectName(u"score_"_s + c.code);
        score->addItem(tr("Not scored"), 0);
        for (int s = 1; s <= 5; ++s)
            score->addItem(scoreLabel(s), s);
        score->setToolTip(tr("1 Poor, 2 Fair, 3 Good, 4 Very good, 5 Excellent"));
        auto *comment = new QLineEdit(row);
        comment->setObjectName(u"comment_"_s + c.code);
        comment->setPlaceholderText(tr("Comment"));
        rl->addWidget(score);
        rl->addWidget(comment, 1);
        sf->addRow(tr("%1 (weight %2)").arg(c.label).arg(c.weight), row);
        m_scores.insert(c.code, score);
        m_comments.insert(c.code, comment);
        connect(score, &QComboBox::currentIndexChanged, this, &ReviewWindow::updateState);
        connect(comment, &QLineEdit::textEdited, this, &ReviewWindow::updateState);
    }
    v->addWidget(scores);

    auto *overall = new QGroupBox(tr("Overall"), m_rubricBox);
    auto *of = new QFormLayout(overall);
    m_recommendation = new QComboBox(overall);
    m_recommendation->setObjectName(u"recommendation"_s);
    m_recommendation->addItem(tr("Not given yet"), QString());
    m_recommendation->addItem(tr("Recommend"), u"recommend"_s);
    m_recommendation->addItem(tr("Recommend with changes"), u"recommend_with_changes"_s);
    m_recommendation->addItem(tr("Do not recommend"), u"do_not_recommend"_s);
    of->addRow(tr("Recommendation:"), m_recommendation);
    m_comment = new QPlainTextEdit(overall);
    m_comment->setObjectName(u"overallComment"_s);
    m_comment->setMaximumHeight(100);
    of->addRow(tr("Comments:"), m_comment);
    m_mean = new QLabel(overall);
    m_mean->setObjectName(u"mean"_s);
    of->addRow(tr("Weighted mean:"), m_mean);
    v->addWidget(overall);
    v->addStretch(1);

    connect(m_declaration, &QComboBox::currentIndexChanged, this, &ReviewWindow::updateState);
    connect(m_declarationNote, &QLineEdit::textEdited, this, &ReviewWindow::updateState);
    connect(m_recommendation, &QComboBox::currentIndexChanged, this, &ReviewWindow::updateState);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &ReviewWindow::updateState);
    m_scroll->setWidget(m_rubricBox);
}

void ReviewWindow::loadEntry()
{
    m_loading = true;
    const rv::Entry *e = m_package.entry(m_package.proposals.at(m_current).code);
    m_declaration->setCurrentIndex(std::max(0, m_declaration->findData(e->declaration)));
    m_declarationNote->setText(e->declarationNote);
    for (const rv::Score &s : e->scores) {
        if (QComboBox *c = m_scores.value(s.criterion))
            c->setCurrentIndex(std::max(0, c->findData(s.score)));
        if (QLineEdit *l = m_comments.value(s.criterion))
            l->setText(s.comment);
    }
    m_recommendation->setCurrentIndex(std::max(0, m_recommendation->findData(e->recommendation)));
    m_comment->setPlainText(e->comment);
    m_loading = false;
    const bool dirty = m_dirty; // showing a proposal is not an edit
    updateState();
    m_dirty = dirty;
    if (!m_dirty)
        m_status->setText(tr("Nothing changed since the package was opened or saved"));
}

void ReviewWindow::storeEntry()
{
    const QString code = m_package.proposals.at(m_current).code;
    rv::Entry *e = m_package.entry(code);
    rv::Entry next = *e;
    next.declaration = m_declaration->currentData().toString();
    next.declarationNote = m_declarationNote->text().trimmed();
    next.scores.clear();
    for (const rv::Criterion &c : m_package.rubricOf(code)) {
        const int s = m_scores.value(c.code)->currentData().toInt();
        if (s > 0)
            next.scores.append({c.code, s, m_comments.value(c.code)->text().trimmed()});
    }
    next.recommendation = m_recommendation->currentData().toString();
    next.comment = m_comment->toPlainText().trimmed();
    const bool changed = next.declaration != e->declaration
                         || next.declarationNote != e->declarationNote
                         || next.recommendation != e->recommendation
                         || next.comment != e->comment || next.scores.size() != e->scores.size()
                         || !std::equal(next.scores.cbegin(), next.scores.cend(),
                                        e->scores.cbegin(), [](const auto &a, const auto &b) {
                                            return a.criterion == b.criterion
                                                   && a.score == b.score
                                                   && a.comment == b.comment;
                                        });
    if (changed) {
        next.savedAt = core::Clock::stamp();
        *e = next;
    }
}

void ReviewWindow::updateState()
{
    if (m_loading)
        return;
    const bool conflict = m_declaration->currentData().toString() == u"conflict"_s;
    m_declarationNote->setEnabled(conflict);
    // A reviewer with a conflict does not score: the form stays, disabled, so it is clear why.
    for (QComboBox *c : std::as_const(m_scores))
        c->setEnabled(!conflict);
    for (QLineEdit *l : std::as_const(m_comments))
        l->setEnabled(!conflict);
    m_recommendation->setEnabled(!conflict);
    m_comment->setEnabled(!conflict);
    storeEntry();
    const QString code = m_package.proposals.at(m_current).code;
    const rv::Entry *e = m_package.entry(code);
    const QList<rv::Criterion> &rub = m_package.rubricOf(code);
    m_mean->setText(e->scores.isEmpty()
                        ? tr("–")
                        : formatHundredths(rv::weightedMeanHundredths(e->scores, rub)));
    int complete = 0;
    for (const rv::PackageProposal &p : m_package.proposals)
        complete += rv::entryComplete(*m_package.entry(p.code), m_package.rubricOf(p.code)) ? 1
                                                                                              : 0;
    m_dirty = true;
    m_status->setText(tr("%1 of %2 reviews complete — unsaved changes")
                          .arg(complete)
                          .arg(m_package.proposals.size()));
    const QString problem = this->problem();
    m_problem->setText(problem);
    m_save->setEnabled(problem.isEmpty());
}

bool ReviewWindow::save()
{
    storeEntry();
    if (const QString problem = this->problem(); !problem.isEmpty()) {
        m_problem->setText(problem);
        dialogs::error(this, tr("Save"), problem);
        return false;
    }
    if (auto s = rv::savePackage(m_package); !s) {
        dialogs::error(this, tr("Save"), errorText(s.error()));
        return false;
    }
    m_dirty = false;
    int complete = 0;
    for (const rv::PackageProposal &p : m_package.proposals)
        complete += rv::entryComplete(*m_package.entry(p.code), m_package.rubricOf(p.code)) ? 1
                                                                                              : 0;
    m_status->setText(tr("Saved: %1 of %2 reviews complete")
                          .arg(complete)
                          .arg(m_package.proposals.size()));
    return true;
}

void ReviewWindow::saveAttachment()
{
    const int row = m_attachments->currentRow();
    const auto &atts = m_package.proposals.at(m_current).attachments;
    if (row < 0 || row >= atts.size())
        return;
    const dialogs::OutputChoice out =
        dialogs::saveOutputFileName(this, tr("Save Attachment"), QString());
    if (out.path.isEmpty())
        return;
    if (auto s = core::output::write(out.path, atts.at(row).content, out.replace); !s)
        dialogs::error(this, tr("Save Attachment"), errorText(s.error()));
}

void ReviewWindow::closeEvent(QCloseEvent *event)
{
    // An offline reviewer must not lose an afternoon's scoring to a closed window: it saves.
    // When it cannot (a conflict without its note), the reviewer chooses: keep editing, or close
    // and lose what was not saved.
    if (m_dirty) {
        storeEntry();
        const QString problem = this->problem();
        const bool mayClose =
            problem.isEmpty()
                ? save()
                : dialogs::askDiscard(this, tr("%1\nClose without saving?").arg(problem));
        if (!mayClose) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace imdp::ui
