// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/storage/verify.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace imdp::ui {

/// Tools > Verify Fund…: `imdp verify` in the desktop (docs/user-guide.md, "Verifying a fund").
/// The checks run on a worker thread on a read-only connection of their own (the session's
/// connection stays free), with a progress bar naming the check running and Cancel; then the
/// findings in the desktop's language, each check's problems under its name.
class VerifyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyDialog)
public:
    explicit VerifyDialog(const QString &fundPath, QWidget *parent = nullptr);
    ~VerifyDialog() override;

    /// Starts the checks (once); the dialog shows them as they run.
    void start();
    bool isWorking() const { return m_worker != nullptr; }
    /// Stops the running checks; the dialog says they were cancelled.
    void cancel();
    /// The findings, once the checks ended (empty outcomes before).
    const core::verify::Findings &findings() const { return m_findings; }
    /// The findings as shown (for tests and a copy to the clipboard).
    QString findingsText() const;
    QString statusText() const;
    QProgressBar *progressBar() const { return m_progress; }

    /// A check's name in the desktop's language ("audit chain": « chaîne d'audit »).
    static QString checkName(const QString &name);

protected:
    void reject() override;

private:
    void onCheck(const QString &name, int index, int count);
    void finish(const core::verify::Findings &findings, const QString &failure);

    QString m_path;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_stop;
    core::verify::Findings m_findings;
    bool m_started = false;
};

} // namespace imdp::ui
