#pragma once

#include "routing/routingconfig.h"
#include "routing/routingrepository.h"
#include "widgets/pendingchanges.h"

#include <QTimeZone>
#include <QWidget>

class AccountSession;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class RoutingRulesModel;
class WeekCoverageGrid;

// The Advanced Routing tab: one number's rules as an editable draft (ordered list and rule editor,
// time zone and voicemail), the week coverage grid, the simulator, the replay of recent calls against
// draft and saved rules, and the linter's warnings next to the rules. Save Changes writes the draft in
// one transaction; employees see everything and change nothing.
class RoutingTab final : public QWidget, public PendingChanges
{
    Q_OBJECT

public:
    explicit RoutingTab(AccountSession *session, QWidget *parent = nullptr);

    bool isDirty() const { return m_dirty; }
    RoutingConfig draftConfig() const;
    // Asks what to do with unsaved changes (Save / Discard / Cancel); false when the user cancels.
    // Used before leaving the number; the window asks the same before leaving the tab.
    bool confirmLeave() { return PendingChanges::resolve(this, this); }

    bool hasPendingChanges() const override { return m_dirty; }
    QString pendingChangesSubject() const override;
    bool savePendingChanges() override { return save(); }
    void discardPendingChanges() override { revert(); }

public slots:
    void reloadNumbers();
    bool save();
    void revert();
    // Another user changed numbers or routing (live updates): reload, unless the draft has changes.
    void applyChangeElsewhere(const QString &table, qint64 key);
    void simulate();
    void replay();
    // Shows the week starting on that Monday on the coverage grid (a null date: this week).
    void showWeek(const QDate &monday);

private:
    void buildUi();
    void loadNumber(qint64 numberId);
    void applyRole();
    void setDirty(bool dirty);
    void refreshDerived();
    void showRuleInEditor(int row);
    void applyEditor();
    void updateEditorFields();
    int currentRow() const;
    void selectRow(int row);
    void addRule();
    void duplicateRule();
    void deleteRule();
    void moveRule(int delta);
    QTimeZone draftZone() const;

    AccountSession *m_session;
    RoutingRepository::Stored m_saved;
    bool m_dirty = false;
    bool m_loading = false;
    qint64 m_numberId = 0;
    QDate m_weekStart; // the Monday of the week on the grid; null until first shown (then this week)

    RoutingRulesModel *m_rules = nullptr;
    QComboBox *m_numberCombo = nullptr;
    QComboBox *m_timezoneCombo = nullptr;
    QCheckBox *m_voicemailCheck = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QLabel *m_stateLabel = nullptr;
    QTableView *m_rulesView = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    QGroupBox *m_editor = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QList<QCheckBox *> m_dayChecks;
    QLineEdit *m_startEdit = nullptr;
    QLineEdit *m_endEdit = nullptr;
    QCheckBox *m_datesCheck = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QComboBox *m_actionCombo = nullptr;
    QLineEdit *m_destinationsEdit = nullptr;
    QComboBox *m_strategyCombo = nullptr;
    QLabel *m_editorError = nullptr;
    QListWidget *m_warningsList = nullptr;
    WeekCoverageGrid *m_grid = nullptr;
    QPushButton *m_prevWeekButton = nullptr;
    QPushButton *m_thisWeekButton = nullptr;
    QPushButton *m_nextWeekButton = nullptr;
    QLabel *m_weekLabel = nullptr;
    QDateTimeEdit *m_simAt = nullptr;
    QLabel *m_simUtc = nullptr;
    QLineEdit *m_simCaller = nullptr;
    QPushButton *m_simButton = nullptr;
    QLabel *m_simResult = nullptr;
    QSpinBox *m_replayWeeks = nullptr;
    QPushButton *m_replayButton = nullptr;
    QTableWidget *m_replayTable = nullptr;
};
