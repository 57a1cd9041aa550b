package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/app"
	"github.com/charmory/charmory/internal/errs"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// userCmd manages accounts from the command line.
func userCmd(cfg *app.Config) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "user",
		Short: "Create accounts, list them, change roles and passwords",
	}
	cmd.AddCommand(userCreateCmd(cfg), userListCmd(cfg), userSetRoleCmd(cfg), userPasswdCmd(cfg))
	return cmd
}

func userCreateCmd(cfg *app.Config) *cobra.Command {
	var in account.SignUp
	var role string
	var admin, fromStdin bool
	cmd := &cobra.Command{
		Use:   "create USERNAME --email EMAIL",
		Short: "Create an account; asks for the password twice, or reads one line with --password-stdin",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if admin {
				role = account.RoleAdmin
			}
			in.Username = args[0]
			var err error
			if in.Password, err = readPassword(cmd, fromStdin); err != nil {
				return err
			}
			return withAccounts(cmd, cfg, func(ctx context.Context, accounts *account.Service) error {
				u, err := accounts.CreateUser(ctx, in, role)
				if err != nil {
					return userError(err)
				}
				fmt.Fprintf(cmd.OutOrStdout(), "created %s %s <%s> (id %d)\n", u.Role, u.Username, u.Email, u.ID)
				return nil
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&in.Email, "email", "", "email address (required)")
	f.StringVar(&in.DisplayName, "display-name", "", "name shown on the site (default: the username)")
	f.StringVar(&role, "role", account.RoleCollector, "role: "+strings.Join(account.Roles, ", "))
	f.BoolVar(&admin, "admin", false, "make the account an admin (same as --role admin)")
	f.BoolVar(&fromStdin, "password-stdin", false, "read the password from the first line of standard input")
	cmd.MarkFlagRequired("email")
	cmd.MarkFlagsMutuallyExclusive("admin", "role")
	return cmd
}

func userListCmd(cfg *app.Config) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List accounts by id",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return withAccounts(cmd, cfg, func(ctx context.Context, accounts *account.Service) error {
				w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
				fmt.Fprintln(w, "ID\tUSERNAME\tEMAIL\tROLE\tCREATED")
				for cursor := ""; ; {
					users, next, err := accounts.Users(ctx, cursor, 500)
					if err != nil {
						return err
					}
					for _, u := range users {
						fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\n", u.ID, u.Username, u.Email, u.Role, u.CreatedAt.Format("2006-01-02 15:04"))
					}
					if next == "" {
						break
					}
					cursor = next
				}
				return w.Flush()
			})
		},
	}
}

func userSetRoleCmd(cfg *app.Config) *cobra.Command {
	return &cobra.Command{
		Use:   "set-role USERNAME ROLE",
		Short: "Change an account's role (" + strings.Join(account.Roles, ", ") + ")",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withAccounts(cmd, cfg, func(ctx context.Context, accounts *account.Service) error {
				if err := accounts.SetRole(ctx, args[0], args[1]); err != nil {
					return userError(notFoundAs(err, args[0]))
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%s is now %s\n", strings.ToLower(args[0]), strings.ToLower(args[1]))
				return nil
			})
		},
	}
}

func userPasswdCmd(cfg *app.Config) *cobra.Command {
	var fromStdin bool
	cmd := &cobra.Command{
		Use:   "passwd USERNAME",
		Short: "Set an account's password and sign it out everywhere",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			password, err := readPassword(cmd, fromStdin)
			if err != nil {
				return err
			}
			return withAccounts(cmd, cfg, func(ctx context.Context, accounts *account.Service) error {
				if err := accounts.SetPassword(ctx, args[0], password); err != nil {
					return userError(notFoundAs(err, args[0]))
				}
				fmt.Fprintf(cmd.OutOrStdout(), "password of %s changed; its sessions are signed out\n", strings.ToLower(args[0]))
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&fromStdin, "password-stdin", false, "read the password from the first line of standard input")
	return cmd
}

// withAccounts opens (and migrates) the configured database and runs fn
// with an account service on it.
func withAccounts(cmd *cobra.Command, cfg *app.Config, fn func(context.Context, *account.Service) error) error {
	ctx := withContext(cmd)
	d, err := app.Open(ctx, *cfg)
	if err != nil {
		return err
	}
	defer d.Close()
	return fn(ctx, account.NewService(d, nil))
}

// readPassword reads the first line of standard input with --password-stdin
// (for scripts), or else asks on the terminal twice without echo.
func readPassword(cmd *cobra.Command, fromStdin bool) (string, error) {
	if fromStdin {
		line, err := bufio.NewReader(cmd.InOrStdin()).ReadString('\n')
		if err != nil && !(errors.Is(err, io.EOF) && line != "") {
			return "", errors.New("password: nothing to read on standard input")
		}
		return strings.TrimRight(line, "\r\n"), nil
	}
	f, ok := cmd.InOrStdin().(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return "", errors.New("password: standard input is not a terminal; pass it with --password-stdin")
	}
	ask := func(prompt string) (string, error) {
		fmt.Fprint(cmd.ErrOrStderr(), prompt)
		b, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(cmd.ErrOrStderr())
		if err != nil {
			return "", fmt.Errorf("password: %w", err)
		}
		return string(b), nil
	}
	first, err := ask("Password: ")
	if err != nil {
		return "", err
	}
	again, err := ask("Repeat password: ")
	if err != nil {
		return "", err
	}
	if first != again {
		return "", errors.New("password: the two entries differ")
	}
	return first, nil
}

// flagOf names where each account field comes from on the command line.
var flagOf = map[string]string{
	"username":     "USERNAME",
	"email":        "--email",
	"password":     "password",
	"display_name": "--display-name",
	"role":         "role",
}

// userError rewrites an account error for the terminal: one "where: what"
// per bad field, or the error's user-facing message.
func userError(err error) error {
	fields := errs.FieldsOf(err)
	if len(fields) == 0 {
		if errs.KindOf(err) == errs.Internal {
			return err
		}
		return errors.New(errs.Message(err))
	}
	lines := make([]string, len(fields))
	for i, f := range fields {
		where := flagOf[f.Field]
		if where == "" {
			where = f.Field
		}
		lines[i] = where + ": " + f.Message
	}
	return errors.New(strings.Join(lines, "; "))
}

// notFoundAs gives a NotFound error a message naming the username.
func notFoundAs(err error, username string) error {
	if errs.Is(err, errs.NotFound) {
		return errs.Ef("user", errs.NotFound, "no user named %q", strings.ToLower(username))
	}
	return err
}
