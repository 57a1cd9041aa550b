package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/app"
	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/collection/csvmap"
	"github.com/charmory/charmory/internal/collection/photo"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
	"github.com/spf13/cobra"
)

// collectionCmd imports and exports collectors' collections.
func collectionCmd(cfg *app.Config) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "collection",
		Short: "Import a collector's items from a CSV file, or export a whole collection",
	}
	cmd.AddCommand(collectionImportCmd(cfg), collectionExportCmd(cfg))
	return cmd
}

type collectionImportOptions struct {
	file, user string
	mapping    map[string]string
	choose     map[string]int64
	dryRun     bool
}

func collectionImportCmd(cfg *app.Config) *cobra.Command {
	var o collectionImportOptions
	cmd := &cobra.Command{
		Use:   "import FILE --user NAME",
		Short: "Import items into a collection from a CSV file (format: docs/collection-import.md)",
		Long: `Import adds one item per row (quantity copies of it) to a user's collection.
Rows match catalog charms by id or external id, SKU, or name; a row matching
nothing becomes a one-off named by its title or name. Columns are guessed
from the headers; --map target=Header maps a target to another column and
--map target= leaves it out. Every row is checked first: one bad row, or a
name matching several charms without a --choose, means nothing is written.
Problems are listed as: line N, column "Header" (target): message.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.file = args[0]
			return runCollectionImport(withContext(cmd), cmd, *cfg, o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.user, "user", "", "username whose collection receives the items (required)")
	f.StringToStringVar(&o.mapping, "map", nil, "target=Header pairs, comma-separated or repeated, overriding the mapping guessed from the headers; target= leaves a target out")
	f.StringToInt64Var(&o.choose, "choose", nil, "LINE=CHARMID for a row whose name matches several charms; 0 makes it a one-off")
	f.BoolVar(&o.dryRun, "dry-run", false, "check the file and report what an import would do, writing nothing")
	cmd.MarkFlagRequired("user")
	return cmd
}

func runCollectionImport(ctx context.Context, cmd *cobra.Command, cfg app.Config, o collectionImportOptions) error {
	start := time.Now()
	stderr := cmd.ErrOrStderr()
	choices, err := parseChoices(o.choose)
	if err != nil {
		return err
	}
	content, err := readCollectionFile(o.file)
	if err != nil {
		return fmt.Errorf("import %s: %w", o.file, err)
	}
	if o.mapping, err = withGuess(content, o.mapping); err != nil {
		return importFailure(o.file, err)
	}
	return withCollection(ctx, cfg, o.user, func(svc *collection.Service, owner int64) error {
		if o.dryRun {
			return collectionDryRun(ctx, cmd, svc, owner, content, o, choices)
		}
		var b bar
		started := false
		res, err := svc.CommitImport(ctx, owner, content, collection.Mapping(o.mapping), choices, func(done, total int) {
			if !started {
				b, started = newBar(stderr, int64(total), "importing", false), true
			}
			if b.pb != nil {
				b.pb.Set(done)
			}
		})
		b.done()
		switch {
		case errs.Is(err, errs.Conflict):
			pv, perr := svc.PreviewImport(ctx, owner, content, collection.Mapping(o.mapping))
			if perr != nil {
				return perr
			}
			printCandidates(stderr, pv.Ambiguous, choices)
			return importFailure(o.file, err)
		case err != nil:
			if res != nil {
				printCollectionErrors(stderr, res.Errors)
			}
			return importFailure(o.file, err)
		}
		fmt.Fprintf(cmd.OutOrStdout(), "imported %s into the collection of %s: %d rows, %d items in %s\n",
			o.file, strings.ToLower(o.user), res.Rows, res.Items, time.Since(start).Round(time.Millisecond))
		return nil
	})
}

// collectionDryRun previews the import and fails as the import would.
func collectionDryRun(ctx context.Context, cmd *cobra.Command, svc *collection.Service, owner int64, content string, o collectionImportOptions, choices map[int]int64) error {
	pv, err := svc.PreviewImport(ctx, owner, content, collection.Mapping(o.mapping))
	if err != nil {
		return importFailure(o.file, err)
	}
	stderr := cmd.ErrOrStderr()
	printCollectionErrors(stderr, pv.Errors)
	open := printCandidates(stderr, pv.Ambiguous, choices)
	fmt.Fprintf(cmd.OutOrStdout(), "dry run of %s: %s would make %s (%d matched, %s, %d ambiguous, %d with problems); nothing was written\n",
		o.file, plural(pv.Rows, "row", "rows"), plural(pv.Items, "item", "items"), pv.Matched, plural(pv.OneOffs, "one-off", "one-offs"),
		len(pv.Ambiguous), badLines(pv.Errors))
	switch bad := badLines(pv.Errors); {
	case bad > 0:
		return fmt.Errorf("import %s: %s; nothing would be imported", o.file, plural(bad, "row has problems", "rows have problems"))
	case open > 0:
		return fmt.Errorf("import %s: %s several catalog charms; choose with --choose LINE=CHARMID", o.file, plural(open, "row matches", "rows match"))
	}
	return nil
}

// withGuess completes --map with the mapping guessed from the headers:
// each --map target=Header replaces the guess for its target, and
// target= leaves that target out.
func withGuess(content string, explicit map[string]string) (map[string]string, error) {
	_, guess, err := collection.GuessMapping(content)
	if err != nil {
		return nil, err
	}
	for target, header := range explicit {
		guess[target] = header
	}
	return guess, nil
}

// importFailure says why an import failed: the user-facing message of a
// known kind of error, the whole chain of an internal one.
func importFailure(file string, err error) error {
	if errs.KindOf(err) == errs.Internal {
		return fmt.Errorf("import %s: %w", file, err)
	}
	return fmt.Errorf("import %s: %s", file, errs.Message(err))
}

// withCollection opens the database and runs fn with a collection service
// and the id of the named user.
func withCollection(ctx context.Context, cfg app.Config, username string, fn func(*collection.Service, int64) error) error {
	d, err := app.Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer d.Close()
	u, err := account.NewService(d, nil).UserByUsername(ctx, username)
	if err != nil {
		return userError(notFoundAs(err, username))
	}
	return fn(newCollectionService(d, cfg), u.ID)
}

func newCollectionService(d *db.DB, cfg app.Config) *collection.Service {
	return collection.NewService(d, catalog.NewService(d, nil), photo.NewStore(filepath.Join(cfg.DataDir, "photos")), nil)
}

// readCollectionFile reads an import file in any encoding spreadsheets
// save CSV in.
func readCollectionFile(path string) (string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return "", err
	}
	if st.Size() > csvmap.MaxBytes {
		return "", fmt.Errorf("the file is larger than %d MB; split it", csvmap.MaxBytes>>20)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	content, err := csvmap.Decode(data)
	if err != nil {
		return "", errors.New(errs.Message(err))
	}
	return content, nil
}

// parseChoices reads --choose LINE=CHARMID pairs.
func parseChoices(in map[string]int64) (map[int]int64, error) {
	out := make(map[int]int64, len(in))
	for k, v := range in {
		line, err := strconv.Atoi(strings.TrimSpace(k))
		if err != nil || line < 2 || v < 0 {
			return nil, fmt.Errorf("--choose %s=%d: want LINE=CHARMID with a line number of the file and a charm id (0 for a one-off)", k, v)
		}
		out[line] = v
	}
	return out, nil
}
