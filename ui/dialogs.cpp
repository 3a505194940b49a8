// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/dialogs.h"

#include "core/io/output.h"
#include "ui/labels.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace imdp::ui::dialogs {

namespace {
TestHooks s_hooks;
QuestionHooks s_questions;
} // namespace

void setTestHooks(TestHooks hooks)
{
    s_hooks = std::move(hooks);
}

void error(QWidget *parent, const QString &title, const QString &text)
{
    if (s_hooks.onError) {
        s_hooks.onError(title, text);
        return;
    }
    QMessageBox::critical(parent, title, text);
}

void information(QWidget *parent, const QString &title, const QString &text)
{
    if (s_hooks.onInformation) {
        s_hooks.onInformation(title, text);
        return;
    }
    QMessageBox::information(parent, title, text);
}

QString openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (s_hooks.nextFileName)
        return s_hooks.nextFileName();
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString saveFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (s_hooks.nextFileName)
        return s_hooks.nextFileName();
    return QFileDialog::getSaveFileName(parent, title, QString(), filter);
}

QString suggestedOutputName(const QStringList &parts, const QString &extension)
{
    QStringList clean;
    for (const QString &part : parts) {
        QString c;
        for (const QChar ch : part.trimmed())
            c += ch.isLetterOrNumber() || ch == u'.' || ch == u'-' ? ch : QChar(u'_');
        if (!c.isEmpty())
            clean << c;
    }
    return clean.join(u'-') + extension;
}

OutputChoice saveOutputFileName(QWidget *parent, const QString &title, const QString &filter,
                                const QString &suffix, const QString &suggested)
{
    QString path;
    if (s_questions.onSuggestedName)
        s_questions.onSuggestedName(suggested);
    if (s_hooks.nextFileName) {
        path = s_hooks.nextFileName();
    } else { // the question about an existing file is ours, below, after the fund check
        static QString lastFolder =
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(
            parent, title, suggested.isEmpty() ? lastFolder : QDir(lastFolder).filePath(suggested),
            filter, nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            lastFolder = QFileInfo(path).absolutePath();
    }
    if (path.isEmpty())
        return {};
    if (!suffix.isEmpty() && !path.endsWith(suffix))
        path += suffix;
    auto target = core::output::inspect(path);
    if (!target) {
        error(parent, title, errorText(target.error()));
        return {};
    }
    if (*target == core::output::Target::Existing) {
        const QString question =
            QCoreApplication::translate("dialogs", "%1 already exists. Replace it?")
                .arg(QDir::toNativeSeparators(path));
        if (!confirm(parent, title, question, QCoreApplication::translate("dialogs", "Replace")))
            return {};
        return {path, true};
    }
    return {path, false};
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    if (s_hooks.onWarning) {
        s_hooks.onWarning(title, text);
        return;
    }
    QMessageBox::warning(parent, title, text);
}

bool confirm(QWidget *parent, const QString &title, const QString &text)
{
    if (s_hooks.nextConfirm)
        return s_hooks.nextConfirm(text);
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::Yes)
           == QMessageBox::Yes;
}

InUseAnswer askInUse(QWidget *parent, const QString &text, bool breakable)
{
    if (s_hooks.nextInUseAnswer)
        return s_hooks.nextInUseAnswer(text, breakable);
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("dialogs", "Fund in use"),
                    text, QMessageBox::NoButton, parent);
    box.setInformativeText(
        breakable ? QCoreApplication::translate(
                        "dialogs", "Break the lock only if you are sure nobody is working in this "
                                   "file: the break is recorded in the audit trail.")
                  : QCoreApplication::translate("dialogs",
                                                "You can open it read-only to look at it."));
    QPushButton *readOnly = box.addButton(
        QCoreApplication::translate("dialogs", "Open Read-Only"), QMessageBox::AcceptRole);
    QPushButton *breakLock = nullptr;
    if (breakable)
        breakLock = box.addButton(QCoreApplication::translate("dialogs", "Break Lock"),
                                  QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(readOnly);
    box.exec();
    if (box.clickedButton() == readOnly)
        return InUseAnswer::OpenReadOnly;
    if (breakLock && box.clickedButton() == breakLock)
        return InUseAnswer::BreakLock;
    return InUseAnswer::Cancel;
}

bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &action)
{
    if (s_hooks.onConfirm)
        return s_hooks.onConfirm(title, text);
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    QPushButton *go = box.addButton(action, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel); // the irreversible is never the default
    box.exec();
    return box.clickedButton() == go;
}

QString requiredText(QWidget *parent, const QString &title, const QString &label)
{
    if (s_hooks.nextText)
        return s_hooks.nextText(title, label).trimmed();
    QDialog d(parent);
    d.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&d);
    auto *l = new QLabel(label, &d);
    l->setWordWrap(true);
    auto *edit = new QPlainTextEdit(&d);
    edit->setTabChangesFocus(true);
    l->setBuddy(edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    QObject::connect(edit, &QPlainTextEdit::textChanged, ok,
                     [edit, ok] { ok->setEnabled(!edit->toPlainText().trimmed().isEmpty()); });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    layout->addWidget(l);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    d.resize(480, 220);
    if (d.exec() != QDialog::Accepted)
        return {};
    return edit->toPlainText().trimmed();
}

QString capOverride(QWidget *parent, const QString &title, const QString &refusal)
{
    if (s_hooks.onCapRefusal)
        return s_hooks.onCapRefusal(refusal).trimmed();
    QMessageBox box(QMessageBox::Warning, title, refusal, QMessageBox::Cancel, parent);
    box.setInformativeText(QCoreApplication::translate(
        "Dialogs", "An officer may record it anyway with a written justification, which is kept "
                   "in the audit trail and listed in dossiers."));
    QPushButton *over = box.addButton(
        QCoreApplication::translate("Dialogs", "Record with override…"), QMessageBox::ActionRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != over)
        return {};
    return requiredText(
        parent, QCoreApplication::translate("Dialogs", "Override the DGF cap"),
        QCoreApplication::translate("Dialogs",
                                    "Written justification for recording this beyond the cap:"));
}

int exec(QDialog *dialog)
{
    if (s_hooks.onDialog)
        return s_hooks.onDialog(dialog);
    return dialog->exec();
}

void setQuestionHooks(QuestionHooks hooks)
{
    s_questions = std::move(hooks);
}

std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label)
{
    if (s_questions.nextText)
        return s_questions.nextText(title, label);
    bool ok = false;
    const QString text =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

bool askDiscard(QWidget *parent, const QString &text)
{
    if (s_questions.nextDiscard)
        return s_questions.nextDiscard(text);
    QMessageBox box(QMessageBox::Question,
                    QCoreApplication::translate("dialogs", "Unsaved changes"), text,
                    QMessageBox::NoButton, parent);
    QPushButton *discard = box.addButton(QCoreApplication::translate("dialogs", "&Discard"),
                                         QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(QCoreApplication::translate("dialogs", "&Keep Editing"),
                                      QMessageBox::RejectRole);
    // Enter and Esc both keep the typing: only a deliberate click discards it.
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == discard;
}

} // namespace imdp::ui::dialogs
