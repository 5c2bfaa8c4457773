import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import type { listAuditFilterOptions } from "@/lib/data/audit/list-audit";
import type { AuditFilters as Filters } from "@/lib/validation/audit";

type Options = Awaited<ReturnType<typeof listAuditFilterOptions>>;

function Choice({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value?: string;
  options: { value: string; label: string }[];
}) {
  return (
    <NativeSelect name={name} defaultValue={value ?? ""} aria-label={label}>
      <option value="">{label}: any</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </NativeSelect>
  );
}

export function AuditFilters({ filters, options }: { filters: Filters; options: Options }) {
  return (
    <form
      method="get"
      className="mb-4 flex flex-wrap items-center gap-2"
      aria-label="Filter audit log"
    >
      <Choice
        name="operation"
        label="Operation"
        value={filters.operation}
        options={options.operations.map((value) => ({ value, label: value }))}
      />
      <Choice
        name="user"
        label="User"
        value={filters.user}
        options={options.users.map((user) => ({ value: user.id, label: user.email }))}
      />
      <Choice
        name="identity"
        label="Identity"
        value={filters.identity}
        options={options.identities.map((identity) => ({
          value: identity.id,
          label: identity.name,
        }))}
      />
      <Choice
        name="target"
        label="Target"
        value={filters.target}
        options={options.targets.map((value) => ({ value, label: value }))}
      />
      <Input
        type="date"
        name="from"
        defaultValue={filters.from}
        aria-label="From date"
        className="w-auto"
      />
      <Input
        type="date"
        name="to"
        defaultValue={filters.to}
        aria-label="To date"
        className="w-auto"
      />
      <Button type="submit" variant="outline">
        Filter
      </Button>
    </form>
  );
}
