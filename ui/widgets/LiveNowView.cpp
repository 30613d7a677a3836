#include "LiveNowView.h"

#include "LiveNowModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

LiveNowView::LiveNowView(LiveNowModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("liveNow"));
    setAccessibleName(tr("Live now"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("liveNowTable"));
    m_table->setAccessibleName(tr("Notices published now"));
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // rows chosen whole: Tab goes on to the reason
    // Each column as wide as its text: the period is read whole.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    auto *label = new QLabel(tr("&Reason (required):"), this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("liveNowReason"));
    m_reason->setAccessibleName(tr("Reason for ending or cancelling"));
    m_reason->setPlaceholderText(tr("Why it is taken down (required)"));
    label->setBuddy(m_reason);
    m_end = new QPushButton(tr("En&d now"), this);
    m_end->setObjectName(QStringLiteral("liveNowEnd"));
    m_end->setAccessibleName(tr("End the selected notice now"));
    m_cancel = new QPushButton(tr("&Cancel notice"), this);
    m_cancel->setObjectName(QStringLiteral("liveNowCancel"));
    m_cancel->setAccessibleName(tr("Cancel the selected notice"));
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_reason, 1);
    row->addWidget(m_end);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    connect(m_reason, &QLineEdit::textChanged, this, &LiveNowView::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LiveNowView::updateButtons);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &LiveNowView::updateButtons);
    connect(m_end, &QPushButton::clicked, this,
            [this] { emit endRequested(selectedId(), m_reason->text().trimmed()); });
    connect(m_cancel, &QPushButton::clicked, this,
            [this] { emit cancelRequested(selectedId(), m_reason->text().trimmed()); });
    updateButtons();
}

QString LiveNowView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(NoticeRowsModel::IdRole).toString();
}

void LiveNowView::updateButtons()
{
    const bool ready = !selectedId().isEmpty() && !m_reason->text().trimmed().isEmpty();
    m_end->setEnabled(ready);
    m_cancel->setEnabled(ready);
}
