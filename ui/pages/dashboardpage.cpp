// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/pages/dashboardpage.h"

#include "core/clock.h"
#include "core/committee/meetings.h"
#include "core/fund/fund.h"
#include "core/funding/capstatus.h"
#include "core/ledger/position.h"
#include "core/storage/database.h"
#include "ui/capguard.h"
#include "ui/dialogs.h"
#include "ui/fundsession.h"
#include "ui/labels.h"
#include "ui/models/models.h"
#include "ui/pages/cappanel.h"
#include "ui/pages/duewidget.h"
#include "ui/widgets/capgauge.h"

#include <QDir>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

DashboardPage::DashboardPage(FundSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    m_name = new QLabel(this);
    m_name->setObjectName(u"fundName"_s);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setWordWrap(true); // a long fund name wraps rather than widening the window
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(u"fundFile"_s);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setMinimumWidth(1); // a deep path is cut at the window's edge (whole in its tip)
    layout->addWidget(m_name);
    layout->addWidget(m_subtitle);

    m_tiles = new QGridLayout;
    tile(m_tiles, u"organisation"_s, tableLabel(u"organisation"_s), 0);
    tile(m_tiles, u"proposal"_s, tableLabel(u"proposal"_s), 1);
    tile(m_tiles, u"meeting"_s, tableLabel(u"meeting"_s), 2);
    tile(m_tiles, u"audit_event"_s, tableLabel(u"audit_event"_s), 3);
    layout->addLayout(m_tiles);

    // The fund's position in US dollars, from the ledger.
    auto *money = new QGridLayout;
    const std::pair<const char16_t *, QString> figures[] = {
        {u"pledged", tr("Pledged")},
        {u"received", tr("Received")},
        {u"outstanding", tr("Outstanding")},
        {u"allocated", tr("Allocated")},
        {u"transferred", tr("Transferred")},
        {u"available", tr("Available for allocation")},
    };
    int col = 0;
    for (const auto &[key, caption] : figures) {
        m_moneyValues.insert(QString::fromUtf16(key),
                             tile(money, u"money_"_s + QString::fromUtf16(key), caption, col++,
                                  1.2));
    }
    layout->addLayout(money);
    m_arrears = new QLabel(this);
    m_arrears->setObjectName(u"arrears"_s);
    layout->addWidget(m_arrears);

    // The DGF cap on its three bases; each gauge opens the cap panel.
    auto *capTitle = new QHBoxLayout;
    capTitle->addWidget(new QLabel(u"<b>%1</b>"_s.arg(tr("DGF cap")), this));
    capTitle->addStretch(1);
    auto *capButton = new QPushButton(tr("DGF Cap &Details…"), this);
    capButton->setObjectName(u"capDetails"_s);
    connect(capButton, &QPushButton::clicked, this, &DashboardPage::showCapPanel);
    capTitle->addWidget(capButton);
    layout->addLayout(capTitle);
    auto *gaugeRow = new QHBoxLayout;
    for (const char16_t *basis : {u"plan", u"pledged", u"received"}) {
        auto *g = new CapGauge(this);
        g->setObjectName(u"gauge_"_s + QString::fromUtf16(basis));
        connect(g, &CapGauge::activated, this, &DashboardPage::showCapPanel);
        gaugeRow->addWidget(g);
        m_gauges.append(g);
    }
    layout->addLayout(gaugeRow);
    // When the cap figures cannot be read: the reason in words, in place of the gauges (empty
    // gauges would read as a fund with nothing pledged).
    m_capError = errorLabel(u"capError"_s);
    layout->addWidget(m_capError);

    m_nextMeeting = new QLabel(this);
    m_nextMeeting->setObjectName(u"nextMeeting"_s);
    layout->addWidget(m_nextMeeting);

    auto *pipelineTitle = new QLabel(u"<b>%1</b>"_s.arg(tr("Pipeline by state")), this);
    layout->addWidget(pipelineTitle);
    auto *row = new QHBoxLayout;
    m_pipeline = makePipelineCountModel(this);
    // The states that hold a proposal, two to a row: every one in view without scrolling, even
    // at 1024x700 in French where the cap captions take two lines (issue 20).
    m_pipelinePairs = makePipelinePairModel(this);
    auto *table = new QTableView(this);
    table->setObjectName(u"pipelineCounts"_s);
    table->setModel(m_pipelinePairs);
    table->verticalHeader()->hide();
    // The title above says what the figures are: no header, so the states' names have the room.
    table->horizontalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // The counts as wide as five digits (the hidden header's words would widen them), the
    // states' names sharing the rest.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int c : {1, 3}) {
        table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Fixed);
        table->horizontalHeader()->resizeSection(c,
                                                 fontMetrics().horizontalAdvance(u"00,000"_s) + 12);
    }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setWordWrap(false);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As wide as the longest state's name in this language beside its count, twice: no name is
    // cut ("Non recommandée", "En cours d'exécution" in French at 1024 px).
    int widest = 0;
    for (const QString &state : core::pipeline::states())
        widest = std::max(widest, fontMetrics().horizontalAdvance(stateLabel(state)));
    // No wider either: the reports due beside it get the rest of the page.
    table->setFixedWidth(2 * (widest + 12 + fontMetrics().horizontalAdvance(u"00,000"_s) + 12)
                         + 2 * table->frameWidth());
    // Beside the reports due rather than above them: both get the page's height.
    table->setMinimumHeight(5 * (fontMetrics().height() + 6));
    m_pipelineTable = table;
    // When the counts cannot be read: the reason in words where the table was (an empty table
    // would read as a fund without proposals).
    m_pipelineError = errorLabel(u"pipelineError"_s);
    m_pipelineError->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *left = new QVBoxLayout;
    left->addWidget(table, 1);
    left->addWidget(m_pipelineError, 1);
    row->addLayout(left, 2);
    row->addWidget(new DueWidget(session, this), 3);
    layout->addLayout(row, 1);

    m_fingerprint = new QLabel(this);
    m_fingerprint->setObjectName(u"fingerprint"_s);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setWordWrap(true);
    QPalette pal = m_fingerprint->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    m_fingerprint->setPalette(pal);
    layout->addWidget(m_fingerprint);

    connect(session, &FundSession::opened, this, &DashboardPage::refresh);
    connect(session, &FundSession::changed, this, &DashboardPage::refresh);
    refresh();
}

QLabel *DashboardPage::tile(QGridLayout *grid, const QString &key, const QString &caption,
                            int column, qreal scale)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *v = new QVBoxLayout(frame);
    auto *value = new QLabel(u"–"_s, frame);
    value->setObjectName(u"tile_"_s + key);
    QFont f = value->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    value->setFont(f);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *label = new QLabel(caption, frame);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    v->addWidget(value);
    v->addWidget(label);
    // Three to a row: the figures stay whole on a 1280-pixel screen in any language.
    grid->addWidget(frame, column / (scale == 2.0 ? 4 : 3), column % (scale == 2.0 ? 4 : 3));
    if (scale == 2.0)
        m_tileValues.insert(key, value);
    return value;
}

QLabel *DashboardPage::errorLabel(const QString &name)
{
    auto *label = new QLabel(this);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(pal);
    label->hide();
    return label;
}

void DashboardPage::showCapPanel()
{
    CapPanel panel(m_session, this);
    dialogs::exec(&panel);
}

void DashboardPage::refreshMoney()
{
    core::Database *db = m_session->database();
    auto pos = core::ledger::position(*db, core::Clock::today());
    if (pos) {
        const std::pair<const char16_t *, qint64> values[] = {
            {u"pledged", pos->pledged},         {u"received", pos->received},
            {u"outstanding", pos->outstanding}, {u"allocated", pos->allocated},
            {u"transferred", pos->transferred}, {u"available", pos->available},
        };
        for (const auto &[key, v] : values)
            m_moneyValues.value(QString::fromUtf16(key))->setText(usdText(v));
        m_arrears->setText(pos->arrears > 0
                               ? tr("Instalments in arrears: %1 of the outstanding pledges.")
                                     .arg(usdText(pos->arrears))
                               : tr("No instalment is in arrears."));
    } else {
        m_arrears->setText(errorText(pos.error()));
    }
    auto cap = core::funding::capStatus(*db);
    if (cap) {
        m_gauges.at(0)->setFigures(basisLabel(u"plan"_s), cap->plan, cap->capBps);
        m_gauges.at(1)->setFigures(basisLabel(u"pledged"_s), cap->pledged, cap->capBps);
        m_gauges.at(2)->setFigures(basisLabel(u"received"_s), cap->received, cap->capBps);
    } else {
        m_capError->setText(tr("The DGF cap figures could not be read: %1")
                                .arg(errorText(cap.error())));
    }
    for (CapGauge *g : std::as_const(m_gauges))
        g->setVisible(cap.ok());
    m_capError->setVisible(!cap.ok());
}

void DashboardPage::refresh()
{
    core::Database *db = m_session->database();
    if (!db)
        return;
    const QLocale locale;
    auto info = core::fund::info(*db);
    if (!info) {
        m_name->setText(tr("This fund cannot be read"));
        m_subtitle->setText(errorText(info.error()));
        return;
    }
    m_name->setText(info->name);
    m_subtitle->setText(tr("%1 · schema %2 · %3")
                            .arg(QDir::toNativeSeparators(info->path))
                            .arg(info->schemaVersion)
                            .arg(db->isReadOnly() ? tr("read-only") : tr("read-write")));
    m_subtitle->setToolTip(m_subtitle->text());
    for (auto it = m_tileValues.cbegin(); it != m_tileValues.cend(); ++it)
        it.value()->setText(locale.toString(info->count(it.key())));
    m_fingerprint->setText(tr("Data fingerprint (audit chain head): %1").arg(info->fingerprint));
    refreshMoney();

    QString next = tr("No Committee meeting is planned.");
    if (auto ms = core::meetings::list(*db); !ms) {
        // A failed read is said as such, never as "no meeting planned".
        next = tr("The Committee meetings could not be read: %1").arg(errorText(ms.error()));
    } else {
        for (const core::Meeting &m : *ms) {
            if (m.status == u"planned"_s) {
                next = tr("Next Committee meeting: %1, %2").arg(formatDate(m.date), m.place);
                break;
            }
        }
    }
    m_nextMeeting->setText(next);

    auto counts = core::pipeline::countByState(*db);
    m_pipelineTable->setVisible(counts.ok());
    m_pipelineError->setVisible(!counts.ok());
    if (!counts) {
        m_pipeline->setRows({});
        m_pipelinePairs->setRows({});
        m_pipelineError->setText(tr("The proposals could not be counted: %1")
                                     .arg(errorText(counts.error())));
        return;
    }
    m_pipeline->setRows(*counts);
    m_pipelinePairs->setRows(pairStates(*counts));
}

} // namespace imdp::ui
