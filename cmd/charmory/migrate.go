package main

import (
	"fmt"

	"github.com/charmory/charmory/internal/app"
	"github.com/spf13/cobra"
)

func migrateCmd(cfg *app.Config) *cobra.Command {
	return &cobra.Command{
		Use:   "migrate",
		Short: "Apply database migrations and exit",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			d, err := app.Open(withContext(cmd), *cfg)
			if err != nil {
				return err
			}
			defer d.Close()
			fmt.Fprintf(cmd.OutOrStdout(), "database %s is up to date\n", d.URL)
			return nil
		},
	}
}
