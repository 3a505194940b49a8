// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/result.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace imdp::core {
class Database;
}

namespace imdp::ui {

class DiscardGuard;

/// The frame of every ledger entry dialog: a form, a live list of what is wrong (OK stays
/// disabled until it is empty), and a save that keeps the dialog open with the core's reason
/// when the core refuses. Subclasses say what is wrong and how to save.
class EntryDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryDialog)
public:
    /// Checks the form again and, when nothing is wrong, saves; closes on success.
    bool submit();
    QStringList problems() const { return m_problems; }
    /// The id the save returned (a pledge, a journal entry), 0 before.
    qint64 savedId() const { return m_savedId; }
    /// After a save: what was recorded, in words for the status bar ("Pledge BE-01 recorded:
    /// 2,000,000.00 EUR"), and the row to select (the donor and the pledge's or receipt's
    /// reference).
    QString recordedMessage() const { return m_recordedMessage; }
    QString recordedDonor() const { return m_recordedDonor; }
    QString recordedReference() const { return m_recordedReference; }
    /// Esc, Cancel or the close button with something typed ask before discarding it.
    void reject() override;
    DiscardGuard *discardGuard() const { return m_discard; }

protected:
    EntryDialog(core::Database &db, const QString &title, QWidget *parent);
    ~EntryDialog() override;

    /// What is wrong with the form now, one line each, in the officer's words.
    virtual QStringList validate() = 0;
    /// Writes; nullopt when the officer gave up half-way (an override question).
    virtual std::optional<core::Result<qint64>> save() = 0;
    /// A line of information under the problems (the USD value, a cap warning).
    void setHint(const QString &text);
    /// Says what a successful save() recorded (see recordedMessage()); call from save() once the
    /// core accepted it.
    void setRecorded(const QString &message, const QString &donor = {},
                     const QString &reference = {});
    /// The amount with its currency in the user's locale ("2,000,000.00 EUR").
    static QString amountText(qint64 minor, const QString &currency);
    void revalidate();
    /// The problems in their reserved lines (see finishForm()).
    void showProblems();
    void finishForm(); ///< adds the problems, hint and buttons; call at the end of the constructor

    core::Database &db() const { return m_db; }
    QFormLayout *form() const { return m_form; }

    // Shared fields.
    QDateEdit *makeDate(const QString &name);
    QComboBox *makeCurrency(const QString &name);
    QLineEdit *makeLine(const QString &name, const QString &placeholder = {});
    /// Currency, amount and rate rows; the rate is pre-filled from the fund's dated rate table
    /// (ledger::rateOn) for the currency on `date` until the officer types one.
    void addMoneyFields(QDateEdit *date);
    struct MoneyValue
    {
        QString currency;
        qint64 amountMinor = 0;
        qint64 rateScaled = 0;
        qint64 usdMinor = 0;
    };
    /// The amount, rate and USD value of the money fields, or the problems with them.
    std::optional<MoneyValue> money(QStringList &problems) const;
    QComboBox *currencyBox() const { return m_currency; }

    /// Parses an amount typed in the user's locale; adds a problem naming `field` when it fails.
    std::optional<qint64> amount(const QLineEdit *edit, const QString &currency,
                                 const QString &field, QStringList &problems) const;
    /// Parses a rate typed with the locale's decimal sign, exactly (never through a double);
    /// USD per unit × 10^10 (Rate::scaled()), or a problem.
    std::optional<qint64> rate(const QLineEdit *edit, QStringList &problems) const;

private:
    core::Database &m_db;
    QFormLayout *m_form;
    QLabel *m_problemsLabel = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    DiscardGuard *m_discard;
    QStringList m_problems;
    qint64 m_savedId = 0;
    QString m_recordedMessage;
    QString m_recordedDonor;
    QString m_recordedReference;
    QDateEdit *m_moneyDate = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_rate = nullptr;
    bool m_rateTyped = false;
    void prefillRate();
};

} // namespace imdp::ui
