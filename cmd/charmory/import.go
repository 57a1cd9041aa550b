package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/charmory/charmory/internal/app"
	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/catalog/transfer"
	"github.com/charmory/charmory/internal/errs"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

type importOptions struct {
	file, format        string
	skipInvalid, dryRun bool
}

func importCmd(cfg *app.Config) *cobra.Command {
	var o importOptions
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Import charms from a CSV or JSON file (format: docs/import-format.md)",
		Long: `Import creates or updates charms by external_id from a CSV or JSON file.
Every row is checked first; without --skip-invalid one bad row means nothing
is written, and every problem is listed as "line N, field F: message".
Importing the same file again changes nothing.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.file = args[0]
			return runImport(withContext(cmd), cmd, *cfg, o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "", "csv or json (default: from the file extension)")
	f.BoolVar(&o.skipInvalid, "skip-invalid", false, "import the good rows and list the bad ones, instead of importing nothing")
	f.BoolVar(&o.dryRun, "dry-run", false, "check the file and report what an import would do, writing nothing")
	return cmd
}

func runImport(ctx context.Context, cmd *cobra.Command, cfg app.Config, o importOptions) error {
	start := time.Now()
	stderr := cmd.ErrOrStderr()
	format, err := fileFormat(o.format, o.file, "")
	if err != nil {
		return err
	}
	p, err := readImportFile(o.file, format, stderr)
	if err != nil {
		printRowErrors(stderr, p.Errors.List())
		return fmt.Errorf("import %s: %w; nothing was imported", o.file, err)
	}
	d, err := app.Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer d.Close()
	svc := catalog.NewService(d, nil)
	total := len(p.Rows) + p.Invalid
	good, err := checkRows(ctx, svc, p)
	if err != nil {
		return err
	}
	printRowErrors(stderr, p.Errors.List())
	if p.Invalid > 0 && !o.skipInvalid {
		return fmt.Errorf("import %s: %d of %d rows are invalid; nothing was imported (fix them, or use --skip-invalid to import the others)", o.file, p.Invalid, total)
	}
	if o.dryRun {
		return reportDryRun(ctx, cmd.OutOrStdout(), svc, o.file, good, p.Invalid)
	}
	bar := newBar(stderr, int64(len(good)), "importing", false)
	res, err := svc.ImportCharms(ctx, catalog.Actor{}, good, o.skipInvalid, bar.progress(len(good)))
	bar.done()
	if res != nil {
		printRowErrors(stderr, res.Errors)
	}
	if err != nil {
		return fmt.Errorf("import %s: %w", o.file, err)
	}
	fmt.Fprintf(cmd.OutOrStdout(), "imported %s: %d created, %d updated, %d unchanged, %d skipped in %s\n",
		o.file, res.Created, res.Updated, res.Unchanged, res.Skipped+p.Invalid, time.Since(start).Round(time.Millisecond))
	return nil
}

// readImportFile parses the file, showing a bar of bytes read on a terminal.
func readImportFile(path, format string, stderr io.Writer) (*transfer.Parsed, error) {
	f, err := os.Open(path)
	if err != nil {
		return &transfer.Parsed{}, err
	}
	defer f.Close()
	var size int64 = -1
	if st, err := f.Stat(); err == nil {
		size = st.Size()
	}
	bar := newBar(stderr, size, "reading", true)
	defer bar.done()
	r := io.Reader(f)
	if bar.pb != nil {
		r = io.TeeReader(f, bar.pb)
	}
	if format == "json" {
		return transfer.ReadJSON(r)
	}
	return transfer.ReadCSV(r)
}

// checkRows resolves each row's studio, IP and series and validates it as
// the catalog would, before any write transaction is opened: a file with
// mistakes never holds the database's writer. Bad rows move from p.Rows to
// p.Errors; the good ones are returned.
func checkRows(ctx context.Context, svc *catalog.Service, p *transfer.Parsed) ([]catalog.ImportCharm, error) {
	refs := refResolver{svc: svc, ids: map[string]int64{}}
	good := p.Rows[:0]
	for _, r := range p.Rows {
		c := r.Charm
		var bad []catalog.RowError
		for _, ref := range []struct {
			field, what, slug string
			id                *int64
		}{
			{"studio", "studio", r.StudioSlug, &c.StudioID},
			{"ip", "IP", r.IPSlug, &c.IPID},
			{"series", "series", r.SeriesSlug, &c.SeriesID},
		} {
			if ref.slug == "" {
				continue
			}
			id, err := refs.lookup(ctx, ref.field, ref.slug)
			if err != nil {
				return nil, err
			}
			if id == 0 {
				bad = append(bad, catalog.RowError{Line: r.Line, Field: ref.field, Message: fmt.Sprintf("names an unknown %s %q", ref.what, ref.slug)})
			}
			*ref.id = id
		}
		if err := catalog.Validate(&c); err != nil {
			bad = append(bad, fieldErrors(r.Line, err, len(bad) > 0)...)
		}
		if len(bad) > 0 {
			p.Invalid++
			for _, e := range bad {
				p.Errors.Add(e)
			}
			continue
		}
		good = append(good, r)
	}
	p.Rows = good
	return good, nil
}

// fieldErrors turns a validation error into row errors. The id fields are
// left out when a reference was already reported unknown.
func fieldErrors(line int, err error, refsBad bool) []catalog.RowError {
	fields := errs.FieldsOf(err)
	if len(fields) == 0 {
		return []catalog.RowError{{Line: line, Message: errs.Message(err)}}
	}
	var out []catalog.RowError
	for _, fe := range fields {
		if refsBad && strings.HasSuffix(fe.Field, "_id") && fe.Field != "external_id" {
			continue
		}
		out = append(out, catalog.RowError{Line: line, Field: fe.Field, Message: fe.Message})
	}
	return out
}

// refResolver looks slugs up once each; 0 means unknown.
type refResolver struct {
	svc *catalog.Service
	ids map[string]int64 // "field slug" → id
}

func (r *refResolver) lookup(ctx context.Context, field, slug string) (int64, error) {
	key := field + " " + slug
	if id, ok := r.ids[key]; ok {
		return id, nil
	}
	var id int64
	var err error
	switch field {
	case "studio":
		var st *catalog.Studio
		if st, err = r.svc.Studio(ctx, slug); err == nil {
			id = st.ID
		}
	case "ip":
		var ip *catalog.IP
		if ip, err = r.svc.IP(ctx, slug); err == nil {
			id = ip.ID
		}
	case "series":
		var sr *catalog.Series
		if sr, err = r.svc.Series(ctx, slug); err == nil {
			id = sr.ID
		}
	}
	if err != nil && !errs.Is(err, errs.NotFound) {
		return 0, err
	}
	r.ids[key] = id
	return id, nil
}

// reportDryRun says what an import of good would do by comparing it with
// the stored charms as an export would write them.
func reportDryRun(ctx context.Context, w io.Writer, svc *catalog.Service, file string, good []catalog.ImportCharm, invalid int) error {
	byID := make(map[string]int, len(good))
	for i, r := range good {
		byID[r.Charm.ExternalID] = i
	}
	existing, unchanged := 0, 0
	err := svc.ExportCharms(ctx, func(stored catalog.ImportCharm) error {
		if i, ok := byID[stored.Charm.ExternalID]; ok {
			existing++
			if transfer.Same(stored, good[i]) {
				unchanged++
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "dry run of %s: would create %d, update %d, leave %d unchanged, skip %d; nothing was written\n",
		file, len(good)-existing, existing-unchanged, unchanged, invalid)
	return nil
}

func printRowErrors(w io.Writer, list []catalog.RowError) {
	for _, e := range list {
		fmt.Fprintln(w, transfer.Format(e))
	}
}

// bar is a progress bar on a terminal and nothing elsewhere, so logs and
// pipes get only the summary.
type bar struct{ pb *progressbar.ProgressBar }

func newBar(w io.Writer, max int64, desc string, bytes bool) bar {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return bar{}
	}
	return bar{progressbar.NewOptions64(max,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(desc),
		progressbar.OptionShowBytes(bytes),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)}
}

// progress returns a callback for ImportCharms that moves the bar, or nil.
func (b bar) progress(total int) func(done int) {
	if b.pb == nil {
		return nil
	}
	return func(done int) {
		if done%256 == 0 || done == total { // the bar redraws at most every 100ms anyway
			b.pb.Set(done)
		}
	}
}

func (b bar) done() {
	if b.pb != nil {
		b.pb.Finish()
	}
}
