// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/result.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPlainTextEdit;

namespace imdp::core {
class Database;
}

namespace imdp::ui {

class DiscardGuard;

/// The narratives of the DGF application (substantive basis, governance structure, evaluation
/// mechanisms), written here as `imdp dgf text` writes them: core::reports::dgf::setNarrative, one
/// audited change per text that changed, all in one transaction. A refusal is shown in the dialog,
/// which stays open with the texts as typed; nothing is written.
class DgfNarrativesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DgfNarrativesDialog)
public:
    explicit DgfNarrativesDialog(core::Database &db, QWidget *parent = nullptr);

    /// The editor of one narrative, by its short name (basis, governance, evaluation).
    QPlainTextEdit *editor(const QString &narrative) const { return m_edits.value(narrative); }
    QLabel *problem() const { return m_problem; }
    /// Writes the narratives that changed; the dialog's accept() runs it.
    core::Status save();
    /// How many narratives the last save() changed.
    int written() const { return m_written; }

    void accept() override;
    /// Esc, Cancel or the close button with something typed ask before discarding it.
    void reject() override;

private:
    core::Database &m_db;
    QHash<QString, QPlainTextEdit *> m_edits;
    QHash<QString, QString> m_loaded;
    QLabel *m_problem;
    DiscardGuard *m_discard;
    int m_written = 0;
};

} // namespace imdp::ui
