package org.branchdesk.store;

import static org.branchdesk.store.jooq.Tables.OFFICE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.branchdesk.store.care.AssessmentRepository;
import org.branchdesk.store.care.CareCaseRepository;
import org.branchdesk.store.care.CommendationRepository;
import org.branchdesk.store.care.DevelopmentRepository;
import org.branchdesk.store.care.FundRepository;
import org.branchdesk.store.care.PaymentBatchRepository;
import org.branchdesk.store.care.PaymentRepository;
import org.branchdesk.store.care.SupplyRepository;
import org.branchdesk.store.documents.DocumentRepository;
import org.branchdesk.store.duty.AreaRepository;
import org.branchdesk.store.duty.AssignmentRepository;
import org.branchdesk.store.duty.AvailabilityRepository;
import org.branchdesk.store.duty.CandidateRepository;
import org.branchdesk.store.duty.PairingRepository;
import org.branchdesk.store.duty.PersonRepository;
import org.branchdesk.store.duty.PostRepository;
import org.branchdesk.store.duty.ReportingRepository;
import org.branchdesk.store.duty.RosterWeekRepository;
import org.branchdesk.store.duty.SentDownRepository;
import org.branchdesk.store.duty.ServiceLogRepository;
import org.branchdesk.store.duty.ShiftRepository;
import org.branchdesk.store.duty.TeamRepository;
import org.branchdesk.store.households.HouseholdRepository;
import org.branchdesk.store.leadership.ElectionRepository;
import org.branchdesk.store.leadership.PositionRepository;
import org.branchdesk.store.leadership.TermRepository;
import org.branchdesk.store.members.MemberRepository;
import org.branchdesk.store.office.OfficeRepository;
import org.branchdesk.store.orgs.BranchGroupRepository;
import org.branchdesk.store.orgs.PartyOrgRepository;
import org.branchdesk.store.orgs.TemporaryBranchRepository;
import org.branchdesk.store.places.BuildingRepository;
import org.branchdesk.store.places.CommunityRepository;
import org.branchdesk.store.places.CompoundRepository;
import org.branchdesk.store.surveys.SurveyRepository;
import org.branchdesk.store.units.UnitRepository;
import org.jooq.DSLContext;

/** The repositories of one transaction (or one read). */
public final class StoreSession {
    private final DSLContext dsl;
    private final Clock clock;
    private UUID officeId;

    StoreSession(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public OfficeRepository office() {
        return new OfficeRepository(this);
    }

    public CommunityRepository communities() {
        return new CommunityRepository(this);
    }

    public CompoundRepository compounds() {
        return new CompoundRepository(this);
    }

    public MemberRepository members() {
        return new MemberRepository(this);
    }

    public PartyOrgRepository orgs() {
        return new PartyOrgRepository(this);
    }

    public SurveyRepository surveys() {
        return new SurveyRepository(this);
    }

    public UnitRepository units() {
        return new UnitRepository(this);
    }

    public BranchGroupRepository groups() {
        return new BranchGroupRepository(this);
    }

    public BuildingRepository buildings() {
        return new BuildingRepository(this);
    }

    public HouseholdRepository households() {
        return new HouseholdRepository(this);
    }

    public DocumentRepository documents() {
        return new DocumentRepository(this);
    }

    public TemporaryBranchRepository temporaryBranches() {
        return new TemporaryBranchRepository(this);
    }

    public PositionRepository positions() {
        return new PositionRepository(this);
    }

    public TermRepository terms() {
        return new TermRepository(this);
    }

    public ElectionRepository elections() {
        return new ElectionRepository(this);
    }

    public PersonRepository people() {
        return new PersonRepository(this);
    }

    public TeamRepository teams() {
        return new TeamRepository(this);
    }

    public PostRepository posts() {
        return new PostRepository(this);
    }

    public ShiftRepository shifts() {
        return new ShiftRepository(this);
    }

    public AssignmentRepository assignments() {
        return new AssignmentRepository(this);
    }

    public RosterWeekRepository rosterWeeks() {
        return new RosterWeekRepository(this);
    }

    public AvailabilityRepository availability() {
        return new AvailabilityRepository(this);
    }

    public PairingRepository pairings() {
        return new PairingRepository(this);
    }

    public ServiceLogRepository serviceLogs() {
        return new ServiceLogRepository(this);
    }

    public ReportingRepository reportings() {
        return new ReportingRepository(this);
    }

    public SentDownRepository sentDown() {
        return new SentDownRepository(this);
    }

    public AreaRepository areas() {
        return new AreaRepository(this);
    }

    public CandidateRepository candidates() {
        return new CandidateRepository(this);
    }

    public FundRepository funds() {
        return new FundRepository(this);
    }

    public PaymentRepository payments() {
        return new PaymentRepository(this);
    }

    public PaymentBatchRepository paymentBatches() {
        return new PaymentBatchRepository(this);
    }

    public SupplyRepository supplies() {
        return new SupplyRepository(this);
    }

    public CareCaseRepository careCases() {
        return new CareCaseRepository(this);
    }

    public DevelopmentRepository development() {
        return new DevelopmentRepository(this);
    }

    public CommendationRepository commendations() {
        return new CommendationRepository(this);
    }

    public AssessmentRepository assessments() {
        return new AssessmentRepository(this);
    }

    public AuditLog audit() {
        return new AuditLog(this);
    }

    public DSLContext dsl() {
        return dsl;
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** UUID of this installation's office: the office that makes every local revision. */
    public UUID officeId() {
        if (officeId == null) {
            officeId =
                    dsl.select(OFFICE.ID)
                            .from(OFFICE)
                            .where(OFFICE.DELETED.isFalse())
                            .orderBy(OFFICE.CREATED_AT)
                            .limit(1)
                            .fetchOne(OFFICE.ID);
            if (officeId == null) {
                throw new IllegalStateException("the office has not been set up yet");
            }
        }
        return officeId;
    }

    public void officeCreated(UUID id) {
        this.officeId = id;
    }
}
