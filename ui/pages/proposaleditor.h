// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/pipeline/proposals.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;
class QUndoStack;

namespace imdp::ui {

class DiscardGuard;
class RecordsBrowser;
class FundSession;

/// The proposal editor: Summary and Budget, then the proposal's records (Reviews, Decision, Terms
/// of reference, Tranches, Reports, History: ui/pages/recordsbrowser.h). Field edits go on an
/// undo stack and reach the fund only on Save, in one `pipeline::add` or `pipeline::edit`; each
/// field shows, as the officer types, what the core's own validation of a draft says of it
/// (`pipeline::validateDraft`), worded in the interface language.
class ProposalEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalEditor)
public:
    enum Field {
        Code, Title, Stage, Applicant, Partner, Objectives, ActionArea, Source, SourceReference,
        Countries, Start, End, Requested, Currency, Summary, DisaggregationOther, Window,
        FieldCount,
        Disaggregation = FieldCount, Budget
    };

    /// What the officer has typed, valid or not: the unit of undo.
    struct Form
    {
        QString text[FieldCount];
        QStringList disaggregation;
        QList<std::pair<QString, QString>> budget; ///< category, amount as typed
        bool operator==(const Form &o) const;
    };

    /// An empty `code` creates a new proposal.
    ProposalEditor(FundSession *session, const QString &code, QWidget *parent = nullptr);
    ~ProposalEditor() override;

    QUndoStack *undoStack() const { return m_undo; }
    QTabWidget *tabs() const { return m_tabs; }
    QWidget *fieldWidget(Field f) const { return m_widgets.value(f); }
    /// The reason shown beside a field, empty when the field is fine.
    QString issue(Field f) const;
    QPushButton *saveButton() const { return m_save; }
    const QString &code() const { return m_code; }
    QTableView *trancheView() const;
    QTableView *reportView() const;
    QTableView *historyView() const;
    QTableWidget *budgetTable() const { return m_budget; }
    /// The Reviews tab: one row per assignment, each criterion's score, the weighted mean.
    QTableWidget *reviewTable() const;
    QLabel *reviewSummary() const;

    /// Validates, then saves in one core command. False (and a dialog) when refused.
    bool save();
    /// Releases the tranche selected in the Tranches tab (asks for the payment reference).
    bool releaseSelectedTranche();
    /// Marks the report selected in the Reports tab received today (asks for a note).
    bool receiveSelectedReport();

    /// Applies a form to the widgets; called by the undo commands.
    void applyForm(const Form &form, Field focus);

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    /// After a save: the proposal's code (a new proposal's, once it has one).
    void saved(const QString &code);

private:
    QWidget *buildSummary();
    QWidget *buildBudget();
    void bindLine(Field f, QWidget *w);
    void change(Field f, const QString &value);
    void changeForm(Field f, const Form &next);
    void budgetEdited(int row, int column);
    void validate();
    core::Proposal toProposal() const;
    void updateTitle();

    FundSession *m_session;
    QString m_code;
    core::Proposal m_original;
    Form m_form;
    Form m_saved;
    DiscardGuard *m_discard = nullptr;
    bool m_editable = true;
    bool m_applying = false;
    QUndoStack *m_undo;
    QTabWidget *m_tabs = nullptr;
    QHash<int, QWidget *> m_widgets;
    QHash<int, QLabel *> m_issues;
    QList<QCheckBox *> m_disaggregation;
    QTableWidget *m_budget = nullptr;
    QLabel *m_budgetIssue = nullptr;
    QLabel *m_readiness = nullptr;
    QPushButton *m_save = nullptr;
    RecordsBrowser *m_records = nullptr; ///< the tabs after Budget: reviews to history
};

} // namespace imdp::ui
