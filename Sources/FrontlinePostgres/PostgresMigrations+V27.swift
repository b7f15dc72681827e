import Foundation

extension PostgresMigrations {
    /// A console that stopped renewing its lease is logged out by any console, also one on an
    /// agent's own role (v24 let only supervisors change a colleague's state, so on a floor of
    /// agents' roles a killed console stayed logged in, and routing could ring it). The agents'
    /// guard lets an agent's role set a colleague offline only once that colleague's console
    /// lease has run out by the server's clock; the consoles judge with a further grace on their
    /// own clocks (`PostgresStore.goneConsolesSQL`), so clocks a little apart never meet a refusal.
    /// SQLite's v27 is a no-op under the same name (no roles there).
    static let v27GoneConsolesByAnyConsole = #"""
        CREATE OR REPLACE FUNCTION frontline_agents_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NOT frontline_agent_only() THEN RETURN NEW; END IF;
            IF (NEW.name, NEW.display_name, NEW.role, NEW.created_at, NEW.capacity, NEW.languages, NEW.groups, NEW.removed_at)
                IS DISTINCT FROM (OLD.name, OLD.display_name, OLD.role, OLD.created_at, OLD.capacity, OLD.languages, OLD.groups, OLD.removed_at) THEN
                RAISE EXCEPTION 'only a supervisor may change %''s role or details', OLD.name USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF OLD.name <> session_user::text
                AND (NEW.presence, NEW.away_reason, NEW.state_since, NEW.wrap_up_until, NEW.idle_since)
                    IS DISTINCT FROM (OLD.presence, OLD.away_reason, OLD.state_since, OLD.wrap_up_until, OLD.idle_since)
                -- routing on any console: a wrap-up whose time ran out ends at that time
                AND NOT (OLD.presence = 'wrap-up' AND NEW.presence = 'available' AND NEW.state_since >= OLD.wrap_up_until)
                -- routing on any console: an agent who let an offer ring out goes away
                AND NOT (NEW.presence = 'away' AND NEW.away_reason = 'missed-offer' AND EXISTS (
                    SELECT 1 FROM offers WHERE offers.agent = NEW.name AND offers.outcome = 'missed' AND offers.settled_at = NEW.state_since))
                -- any console (v27): an agent whose console stopped renewing its lease is logged out; by the server's
                -- clock the lease term (6 s, ConsoleLease.standard) has run out, the server's start counting as a renewal
                AND NOT (NEW.presence = 'offline' AND EXISTS (
                    SELECT 1 FROM shifts WHERE shifts.agent = NEW.name AND shifts.ended_at IS NULL AND shifts.console_lease_until IS NOT NULL
                        AND greatest(shifts.console_lease_until, extract(epoch FROM pg_postmaster_start_time()) + 6)
                            <= extract(epoch FROM clock_timestamp()))) THEN
                RAISE EXCEPTION 'only a supervisor may change %''s state', OLD.name USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END
        $$;
        """#
}
