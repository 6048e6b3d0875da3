#pragma once

#include "numbers/numberrecord.h"
#include "numbers/numberrepository.h"
#include "widgets/pendingchanges.h"

#include <QWidget>

class AccountSession;
class ActivityModel;
class CallerFilterModel;
class NumbersModel;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTabWidget;
class UnreturnedMissedCallsModel;

// The "My Phone Numbers" tab: the filterable table of the account's numbers, a master/detail panel
// for the selected one (General, Caller Filters, IVR gate, Billing, Activity), the unreturned missed
// calls queue (its count shows on the tab) and the porting tracker. An employee sees everything and
// every control that changes something is disabled (the engine refuses too).
class NumbersTab final : public QWidget, public PendingChanges
{
    Q_OBJECT

public:
    NumbersTab(AccountSession *session, QWidget *parent = nullptr);

    void reload();
    void selectNumber(qint64 id);
    qint64 currentNumberId() const { return m_current.id; }
    int unreturnedCount() const;

    // The General and IVR Gate edits of the selected number are a draft until saved.
    bool hasPendingChanges() const override;
    QString pendingChangesSubject() const override;
    bool savePendingChanges() override;
    void discardPendingChanges() override { showDetail(); }

signals:
    void unreturnedCountChanged(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    NumberRepository repository() const;
    QWidget *createGeneralPage();
    QWidget *createFiltersPage();
    QWidget *createIvrPage();
    QWidget *createBillingPage();
    QWidget *createActivityPage();
    QWidget *createPortingPage();
    void applyFilter();
    void showDetail();
    void updateEnabled();
    void updateTabTitle();
    void showError(const QString &message);
    bool saveNumber(const NumberRecord &edited);
    // The selected number as the General and IVR Gate pages show it now (edits included).
    NumberRecord draftFromWidgets() const;
    struct Draft
    {
        bool pending = false;
        NumberRecord record;
    };
    Draft takeDraft() const;
    void restoreDraft(const Draft &draft);
    void showGeneral(const NumberRecord &number);
    void showIvr(const NumberRecord &number);

    void addNumber();
    void releaseNumber();
    void requestSwap();
    void saveGeneral();
    // Another user changed numbers (live updates): refresh the list without losing the draft.
    void applyChangeElsewhere(const QString &table, qint64 key);
    void saveIvr();
    void setFilterMode();
    void addFilterEntry();
    void removeFilterEntry();
    void moveFilterEntry(int delta);
    void importFilters();
    void exportFilters();
    void switchPlan();
    void blockCaller();
    void copyCaller();
    void reloadPorting();
    // The Caller Filters, Activity and Porting pages read the database when they are shown (not
    // while hidden): opening the tab costs the list and the missed calls only.
    void loadShownPage();
    void requestPorting();
    void setPortingStatus();
    void openOptionFromTable(const QModelIndex &index);

    AccountSession *m_session;
    NumberRecord m_current;
    NumberRecord m_shown; // draftFromWidgets() right after showDetail(): what "no edits" looks like
    bool m_restoringSelection = false;
    QWidget *m_filtersPage = nullptr;
    QWidget *m_activityPage = nullptr;
    QWidget *m_portingPage = nullptr;
    bool m_filtersStale = true;  // the selected number's caller filters are not read yet
    bool m_activityStale = true; // its activity
    bool m_portingStale = true;  // the account's porting requests
    bool m_refilling = false;
    bool m_keepingDraft = false; // a live update refreshes the list row, the detail keeps the draft
    NumbersModel *m_numbersModel;
    QSortFilterProxyModel *m_numbersProxy;
    ActivityModel *m_activityModel;
    CallerFilterModel *m_filterModel;
    UnreturnedMissedCallsModel *m_missedModel;

    QLineEdit *m_searchEdit;
    QComboBox *m_countryCombo;
    QComboBox *m_typeCombo;
    QComboBox *m_planCombo;
    QPushButton *m_addButton;
    QPushButton *m_releaseButton;
    QPushButton *m_swapButton;
    QTableView *m_numbersTable;
    QTabWidget *m_detailTabs;
    QLabel *m_detailTitle;

    QLineEdit *m_noteEdit = nullptr;
    QComboBox *m_timezoneCombo = nullptr;
    QCheckBox *m_voicemailCheck = nullptr;
    QCheckBox *m_cnamCheck = nullptr;
    QCheckBox *m_faxCheck = nullptr;
    QCheckBox *m_smsCheck = nullptr;
    QGroupBox *m_e911Group = nullptr;
    QLineEdit *m_e911Street = nullptr;
    QLineEdit *m_e911City = nullptr;
    QLineEdit *m_e911Region = nullptr;
    QLineEdit *m_e911Postal = nullptr;
    QLineEdit *m_e911Country = nullptr;
    QPushButton *m_saveGeneralButton = nullptr;

    QComboBox *m_filterModeCombo = nullptr;
    QTableView *m_filterTable = nullptr;
    QLineEdit *m_filterPatternEdit = nullptr;
    QPushButton *m_addFilterButton = nullptr;
    QPushButton *m_removeFilterButton = nullptr;
    QPushButton *m_moveUpButton = nullptr;
    QPushButton *m_moveDownButton = nullptr;
    QPushButton *m_importFiltersButton = nullptr;
    QPushButton *m_exportFiltersButton = nullptr;

    QGroupBox *m_ivrGroup = nullptr;
    QLineEdit *m_ivrGreetingEdit = nullptr;
    QComboBox *m_ivrDigitCombo = nullptr;
    QComboBox *m_ivrNoInputCombo = nullptr;
    QPushButton *m_saveIvrButton = nullptr;

    QLabel *m_planLabel = nullptr;
    QLabel *m_planReasonLabel = nullptr;
    QPushButton *m_switchPlanButton = nullptr;

    QComboBox *m_activityTypeCombo = nullptr;
    QTableView *m_activityTable = nullptr;

    QTableWidget *m_portingTable = nullptr;
    QPushButton *m_portingButton = nullptr;
    QPushButton *m_portingStatusButton = nullptr;

    QGroupBox *m_missedGroup = nullptr;
    QTableView *m_missedTable = nullptr;
    QPushButton *m_blockCallerButton = nullptr;
    QPushButton *m_copyCallerButton = nullptr;
};
