// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QDialog>

class QComboBox;

namespace imdp::ui {

/// Preferences: the interface language (system, English, French, Spanish), applied at once.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    QComboBox *languageBox() const { return m_language; }
    void accept() override;

private:
    QComboBox *m_language;
};

} // namespace imdp::ui
