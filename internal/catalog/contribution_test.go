package catalog

import (
	"strings"
	"sync"
	"testing"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

func TestContributionOwnerScoping(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		k, err := f.s.Submit(ctxBG, f.alice, 0, f.sampleCharm("", "Alice's find"), "saw it in Chengdu")
		if err != nil {
			t.Fatal(err)
		}
		if k.Status != StatusPending || k.UserID != f.alice.UserID || k.Username != "alice" || !strings.HasPrefix(k.Proposed.ExternalID, "ch-") {
			t.Fatalf("submitted %+v", k)
		}

		t.Run("AuthorReadsOwn", func(t *testing.T) {
			got, err := f.s.Contribution(ctxBG, f.alice, k.ID)
			if err != nil || got.Proposed.Name != "Alice's find" || got.Note != "saw it in Chengdu" {
				t.Fatalf("got %+v %v", got, err)
			}
		})
		t.Run("OtherCollectorGetsNotFound", func(t *testing.T) {
			_, err := f.s.Contribution(ctxBG, f.bob, k.ID)
			wantKind(t, err, errs.NotFound)
		})
		t.Run("OtherCollectorListsOnlyOwn", func(t *testing.T) {
			p, err := f.s.Contributions(ctxBG, f.bob, ContributionFilter{UserID: f.alice.UserID})
			if err != nil || p.Total != 0 || len(p.Items) != 0 {
				t.Fatalf("bob sees %+v %v", p, err)
			}
			p, err = f.s.Contributions(ctxBG, f.alice, ContributionFilter{})
			if err != nil || p.Total != 1 || p.Items[0].ID != k.ID {
				t.Fatalf("alice sees %+v %v", p, err)
			}
		})
		t.Run("CollectorsCannotReview", func(t *testing.T) {
			_, err := f.s.Approve(ctxBG, f.bob, k.ID, "")
			wantKind(t, err, errs.Forbidden)
			_, err = f.s.Approve(ctxBG, f.alice, k.ID, "my own")
			wantKind(t, err, errs.Forbidden)
			_, err = f.s.Reject(ctxBG, f.bob, k.ID, "")
			wantKind(t, err, errs.Forbidden)
			got, _ := f.s.Contribution(ctxBG, f.mod, k.ID)
			if got.Status != StatusPending {
				t.Fatalf("status %s after forbidden reviews", got.Status)
			}
		})
		t.Run("ModeratorSeesEveryone", func(t *testing.T) {
			if _, err := f.s.Submit(ctxBG, f.bob, 0, f.sampleCharm("", "Bob's find"), ""); err != nil {
				t.Fatal(err)
			}
			p, err := f.s.Contributions(ctxBG, f.mod, ContributionFilter{Status: StatusPending})
			if err != nil || p.Total != 2 || p.Items[0].Username != "bob" {
				t.Fatalf("moderator sees %+v %v", p, err)
			}
			p, err = f.s.Contributions(ctxBG, f.mod, ContributionFilter{UserID: f.alice.UserID})
			if err != nil || p.Total != 1 {
				t.Fatalf("moderator filtered %+v %v", p, err)
			}
		})
		t.Run("SignedOutCannotSubmit", func(t *testing.T) {
			_, err := f.s.Submit(ctxBG, Actor{Role: "collector"}, 0, f.sampleCharm("", "x"), "")
			wantKind(t, err, errs.Unauthorized)
		})
		t.Run("InvalidProposalHasFieldErrors", func(t *testing.T) {
			c := f.sampleCharm("", "")
			c.Category = "sticker"
			_, err := f.s.Submit(ctxBG, f.alice, 0, c, "")
			wantFields(t, err, "name", "category")
		})
		t.Run("EditOfUnknownCharmIsNotFound", func(t *testing.T) {
			_, err := f.s.Submit(ctxBG, f.alice, 55555, f.sampleCharm("", "x"), "")
			wantKind(t, err, errs.NotFound)
		})
	})
}

func TestApprove(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		base := f.mustSave(t, f.admin, f.sampleCharm("apv-1", "Forbidden City Cat"))

		t.Run("NewCharmIsCreatedAndCreditsContributor", func(t *testing.T) {
			k, err := f.s.Submit(ctxBG, f.alice, 0, f.sampleCharm("apv-new", "Palace Guard Bear"), "")
			if err != nil {
				t.Fatal(err)
			}
			got, err := f.s.Approve(ctxBG, f.mod, k.ID, "thanks!")
			if err != nil {
				t.Fatal(err)
			}
			if got.Status != StatusApproved || got.ReviewerID != f.mod.UserID || got.ReviewNote != "thanks!" || got.ReviewedAt == nil || got.CharmID == 0 {
				t.Fatalf("approved %+v", got)
			}
			c, err := f.s.Charm(ctxBG, got.CharmID)
			if err != nil || c.Name != "Palace Guard Bear" || c.ExternalID != "apv-new" {
				t.Fatalf("charm %+v %v", c, err)
			}
			revs, _ := f.s.Revisions(ctxBG, c.ID)
			if len(revs) != 1 || revs[0].Username != "alice" || revs[0].ContributionID != k.ID || revs[0].Source != SourceContribution {
				t.Fatalf("revisions %+v", revs)
			}
		})
		t.Run("EditIsAppliedWithItsChanges", func(t *testing.T) {
			p := *base
			p.ListPrice = 10900
			k, err := f.s.Submit(ctxBG, f.bob, base.ID, p, "price went up")
			if err != nil {
				t.Fatal(err)
			}
			if k.BaseVersion != 1 || k.CharmID != base.ID {
				t.Fatalf("contribution %+v", k)
			}
			if _, err := f.s.Approve(ctxBG, f.mod, k.ID, ""); err != nil {
				t.Fatal(err)
			}
			c, _ := f.s.Charm(ctxBG, base.ID)
			revs, _ := f.s.Revisions(ctxBG, base.ID)
			if c.ListPrice != 10900 || c.Version != 2 || revs[0].Username != "bob" || len(revs[0].Changes) != 1 || revs[0].Changes[0].Field != "list_price" {
				t.Fatalf("charm %+v revision %+v", c, revs[0])
			}
		})
		t.Run("SecondApprovalConflicts", func(t *testing.T) {
			k, _ := f.s.Submit(ctxBG, f.alice, 0, f.sampleCharm("apv-twice", "Twice"), "")
			if _, err := f.s.Approve(ctxBG, f.mod, k.ID, ""); err != nil {
				t.Fatal(err)
			}
			_, err := f.s.Approve(ctxBG, f.admin, k.ID, "")
			wantKind(t, err, errs.Conflict)
			_, err = f.s.Reject(ctxBG, f.admin, k.ID, "")
			wantKind(t, err, errs.Conflict)
		})
		t.Run("StaleEditConflictsAndStaysPending", func(t *testing.T) {
			cur, _ := f.s.Charm(ctxBG, base.ID)
			p := *cur
			p.Description = "Stale idea"
			k, err := f.s.Submit(ctxBG, f.alice, base.ID, p, "")
			if err != nil {
				t.Fatal(err)
			}
			direct := *cur
			direct.Name = "Forbidden City Cat (2025)"
			if err := f.s.SaveCharm(ctxBG, f.mod, &direct, SourceAdmin); err != nil {
				t.Fatal(err)
			}
			_, err = f.s.Approve(ctxBG, f.mod, k.ID, "")
			wantKind(t, err, errs.Conflict)
			if msg := errs.Message(err); !strings.Contains(msg, "changed since this contribution was made") {
				t.Fatalf("message %q", msg)
			}
			got, _ := f.s.Contribution(ctxBG, f.mod, k.ID)
			c, _ := f.s.Charm(ctxBG, base.ID)
			if got.Status != StatusPending || c.Description == "Stale idea" {
				t.Fatalf("stale approval half-applied: %+v / %+v", got, c)
			}
		})
		t.Run("RejectClosesWithNote", func(t *testing.T) {
			k, _ := f.s.Submit(ctxBG, f.alice, 0, f.sampleCharm("rej-1", "Duplicate entry"), "")
			got, err := f.s.Reject(ctxBG, f.mod, k.ID, "already in the catalog")
			if err != nil || got.Status != StatusRejected || got.ReviewNote != "already in the catalog" || got.CharmID != 0 {
				t.Fatalf("rejected %+v %v", got, err)
			}
			if _, err := f.s.CharmByExternalID(ctxBG, "rej-1"); !errs.Is(err, errs.NotFound) {
				t.Fatalf("rejected proposal became a charm: %v", err)
			}
		})
		t.Run("UnknownContributionIsNotFound", func(t *testing.T) {
			_, err := f.s.Approve(ctxBG, f.mod, 123456, "")
			wantKind(t, err, errs.NotFound)
		})
	})
}

func TestConcurrentApprovalsApplyOnce(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		base := f.mustSave(t, f.admin, f.sampleCharm("race-1", "Race"))
		p := *base
		p.ListPrice++
		k, err := f.s.Submit(ctxBG, f.alice, base.ID, p, "")
		if err != nil {
			t.Fatal(err)
		}
		const n = 10
		errsCh := make(chan error, n)
		var wg sync.WaitGroup
		for range n {
			wg.Go(func() {
				_, err := f.s.Approve(ctxBG, f.mod, k.ID, "")
				errsCh <- err
			})
		}
		wg.Wait()
		close(errsCh)
		ok, conflicts := 0, 0
		for err := range errsCh {
			switch {
			case err == nil:
				ok++
			case errs.Is(err, errs.Conflict):
				conflicts++
			default:
				t.Errorf("unexpected error: %v", err)
			}
		}
		if ok != 1 || conflicts != n-1 {
			t.Fatalf("%d approvals succeeded and %d conflicted, want 1 and %d", ok, conflicts, n-1)
		}
		c, _ := f.s.Charm(ctxBG, base.ID)
		revs, _ := f.s.Revisions(ctxBG, base.ID)
		if c.Version != 2 || len(revs) != 2 {
			t.Fatalf("charm at version %d with %d revisions, want 2 and 2", c.Version, len(revs))
		}
	})
}
