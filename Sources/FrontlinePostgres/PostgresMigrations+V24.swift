import Foundation

extension PostgresMigrations {
    /// Roles enforced by the database (issue 18): each agent connects as a login role of their
    /// own (`PostgresAgentRole`), a member of `frontline_agent` or `frontline_supervisor`. The
    /// owner (the connection `db init` uses) keeps every right. Supervisors may read and write
    /// every table; agents read what their work shows and write what it changes, and triggers
    /// refuse them a supervisor's writes: reassigning a contact someone else holds or owns, giving
    /// a customer to someone else, changing anyone's role or details, another agent's state (the
    /// wallboard's away, log-out and end-of-wrap-up), approving a complaint, reviewing or settling
    /// a quality review. What routing does on every console stays allowed: ending a wrap-up whose
    /// time ran out and setting away an agent who missed an offer.
    ///
    /// The group roles are cluster-wide: created when missing (another database may have made
    /// them, even at the same moment). A migrating role that may not create them leaves the
    /// database as before, owner connections only (a notice says so). Agents already on the
    /// roster get their login roles, as `agents add` gives them from now on.
    static let v24DatabaseRoles = #"""
        CREATE FUNCTION frontline_agent_only() RETURNS boolean LANGUAGE sql STABLE AS $$
            SELECT CASE WHEN (SELECT count(*) FROM pg_roles WHERE rolname IN ('frontline_agent', 'frontline_supervisor')) < 2 THEN false
                ELSE pg_has_role(session_user, 'frontline_agent', 'MEMBER') AND NOT pg_has_role(session_user, 'frontline_supervisor', 'MEMBER') END
        $$;

        CREATE FUNCTION frontline_agents_guard() RETURNS trigger LANGUAGE plpgsql AS $$
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
                    SELECT 1 FROM offers WHERE offers.agent = NEW.name AND offers.outcome = 'missed' AND offers.settled_at = NEW.state_since)) THEN
                RAISE EXCEPTION 'only a supervisor may change %''s state', OLD.name USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END
        $$;
        CREATE TRIGGER frontline_agents_guard BEFORE UPDATE ON agents FOR EACH ROW EXECUTE FUNCTION frontline_agents_guard();

        CREATE FUNCTION frontline_contacts_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NOT frontline_agent_only() THEN RETURN NEW; END IF;
            IF OLD.state = 'active' AND OLD.agent IS DISTINCT FROM session_user::text
                AND (NEW.agent, NEW.owner, NEW.state) IS DISTINCT FROM (OLD.agent, OLD.owner, OLD.state) THEN
                RAISE EXCEPTION 'only a supervisor may reassign contact %, which % holds', OLD.id, OLD.agent USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF OLD.owner IS NOT NULL AND OLD.owner <> session_user::text AND OLD.agent IS DISTINCT FROM session_user::text
                AND NEW.owner IS DISTINCT FROM OLD.owner THEN
                RAISE EXCEPTION 'only a supervisor may reassign contact %, which % owns', OLD.id, OLD.owner USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END
        $$;
        CREATE TRIGGER frontline_contacts_guard BEFORE UPDATE ON contacts FOR EACH ROW EXECUTE FUNCTION frontline_contacts_guard();

        CREATE FUNCTION frontline_customers_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NOT frontline_agent_only() THEN RETURN NEW; END IF;
            IF NEW.assigned_agent IS DISTINCT FROM OLD.assigned_agent AND NEW.assigned_agent <> session_user::text THEN
                RAISE EXCEPTION 'only a supervisor may give customer % to %', OLD.id, NEW.assigned_agent USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END
        $$;
        CREATE TRIGGER frontline_customers_guard BEFORE UPDATE ON customers FOR EACH ROW EXECUTE FUNCTION frontline_customers_guard();

        CREATE FUNCTION frontline_complaints_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NOT frontline_agent_only() THEN RETURN NEW; END IF;
            IF NEW.state = 'approved' AND (TG_OP = 'INSERT' OR OLD.state IS DISTINCT FROM 'approved') THEN
                RAISE EXCEPTION 'only a supervisor may approve complaint %', NEW.id USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END
        $$;
        CREATE TRIGGER frontline_complaints_guard BEFORE INSERT OR UPDATE ON complaints FOR EACH ROW EXECUTE FUNCTION frontline_complaints_guard();

        CREATE FUNCTION frontline_quality_reviews_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NOT frontline_agent_only() THEN RETURN NEW; END IF;
            -- An agent's one write here: disputing a review of their own contact.
            IF NOT (OLD.agent = session_user::text AND OLD.state = 'reviewed' AND NEW.state = 'disputed'
                AND (NEW.contact_id, NEW.agent, NEW.reviewer, NEW.reviewed_at, NEW.scores, NEW.total_percent, NEW.comment, NEW.settler,
                     NEW.settled_at, NEW.settled_scores, NEW.settled_percent, NEW.settle_comment, NEW.recall_contact_id)
                    IS NOT DISTINCT FROM (OLD.contact_id, OLD.agent, OLD.reviewer, OLD.reviewed_at, OLD.scores, OLD.total_percent, OLD.comment,
                     OLD.settler, OLD.settled_at, OLD.settled_scores, OLD.settled_percent, OLD.settle_comment, OLD.recall_contact_id)) THEN
                RAISE EXCEPTION 'only a supervisor may review or settle quality review %', OLD.id USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END
        $$;
        CREATE TRIGGER frontline_quality_reviews_guard BEFORE UPDATE ON quality_reviews FOR EACH ROW EXECUTE FUNCTION frontline_quality_reviews_guard();

        DO $$
        DECLARE
            role_name text;
            work text;
        BEGIN
            FOREACH role_name IN ARRAY ARRAY['frontline_agent', 'frontline_supervisor'] LOOP
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name) THEN
                        EXECUTE format('CREATE ROLE %I NOLOGIN', role_name);
                    END IF;
                EXCEPTION
                    WHEN duplicate_object OR unique_violation THEN NULL;
                    WHEN insufficient_privilege THEN
                        RAISE NOTICE 'frontline: no CREATEROLE, so no database roles per agent; connect as the owner';
                        RETURN;
                END;
            END LOOP;
            EXECUTE format('GRANT CONNECT ON DATABASE %I TO frontline_agent, frontline_supervisor', current_database());
            EXECUTE format('GRANT USAGE ON SCHEMA %I TO frontline_agent, frontline_supervisor', current_schema());
            -- Supervisors: every table, but never the migration log.
            EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO frontline_supervisor', current_schema());
            EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO frontline_supervisor', current_schema());
            REVOKE INSERT, UPDATE, DELETE ON frontline_migrations FROM frontline_supervisor;
            -- Agents: read everything but the API's tokens, the webhooks' secrets and the workers' leases.
            EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO frontline_agent', current_schema());
            EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO frontline_agent', current_schema());
            REVOKE SELECT ON api_tokens, webhooks, webhook_deliveries, worker_leases FROM frontline_agent;
            -- What an agent's work changes (the triggers above refuse a supervisor's writes).
            FOREACH work IN ARRAY ARRAY['agents', 'contacts', 'customers', 'complaints', 'complaint_drafts', 'complaint_solutions',
                'complaint_followups', 'followup_contacts', 'follow_up_answers', 'messages', 'notes', 'offers', 'shifts', 'breaches',
                'satisfaction_requests', 'satisfaction_opt_outs', 'training_database', 'training_runs', 'training_visitors', 'quality_reviews'] LOOP
                EXECUTE format('GRANT UPDATE ON %I TO frontline_agent', work);
            END LOOP;
            FOREACH work IN ARRAY ARRAY['contacts', 'customers', 'customer_phones', 'customer_history', 'complaints', 'complaint_drafts',
                'complaint_solutions', 'complaint_followups', 'complaint_history', 'followup_contacts', 'follow_up_answers', 'messages', 'notes',
                'offers', 'shifts', 'breaches', 'agent_state_log', 'contact_events', 'contact_wrap_ups', 'contact_wrap_up_codes', 'change_feed',
                'outbound_events', 'satisfaction_requests', 'satisfaction_answers', 'satisfaction_opt_outs', 'training_database',
                'training_runs', 'training_visitors'] LOOP
                EXECUTE format('GRANT INSERT ON %I TO frontline_agent', work);
            END LOOP;
            GRANT DELETE ON change_feed, complaint_drafts, customer_phones, satisfaction_requests TO frontline_agent;
            -- The agents already on the roster get their login roles (a role of that name is left as it is).
            FOR role_name, work IN SELECT name, role FROM agents WHERE removed_at IS NULL AND octet_length(name) <= 63
                AND lower(name) NOT LIKE 'pg\_%' AND name <> current_user LOOP
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name) THEN
                        EXECUTE format('CREATE ROLE %I LOGIN IN ROLE %I', role_name,
                                       CASE WHEN work = 'supervisor' THEN 'frontline_supervisor' ELSE 'frontline_agent' END);
                    END IF;
                EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                END;
            END LOOP;
        END
        $$;
        """#
}
