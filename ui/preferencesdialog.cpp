// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/preferencesdialog.h"

#include "ui/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("System language"), QString());
    for (const QString &code : availableLanguages())
        m_language->addItem(languageName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferredLanguage())));
    form->addRow(tr("&Language:"), m_language);
    layout->addLayout(form);
    auto *note = new QLabel(tr("Numbers and dates follow the language chosen here. "
                               "Dossiers and reports choose their language when printed."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    const QString code = m_language->currentData().toString();
    if (code != preferredLanguage()) {
        setPreferredLanguage(code);
        applyLanguage(code);
    }
    QDialog::accept();
}

} // namespace imdp::ui
